package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Benchmark driver (not a test): the soak load of issue 13 ({@code make soak}) against one running server, all
 * through the HTTP API on loopback; then the checks of {@link SoakCheck}.
 *
 * <p>Setup as the administrator (first-start one-time password): every other area on moderation "approval", the
 * rest "direct"; P volunteers, each for two or three areas; N screens round-robin over the areas, created through
 * the API. Before any post exists, each area's feed is taken as its demo slides.
 *
 * <p>Load for S seconds: the N simulated screens ({@link SimulatedScreen}: SSE stream, conditional feed GETs on
 * every change and every minute, a heartbeat every minute; first requests spread over min(60 s, S/2)); the P
 * volunteers ({@link SoakVolunteer}) create, edit and withdraw posts, each every 1 to 3 s; the administrator
 * ({@link SoakModerator}) approves or rejects the pending ones every half second. Every acknowledged write is
 * recorded in the {@link SoakLedger}. Then the load stops (writers first, then the screens) and the checks run.
 *
 * <p>Usage: {@code SoakLoad --base URL --admin-password OTP --screens N --posters P --seconds S --db NAME
 * --max-per-kind K} (K: the server's {@code infoskaerm.composer.max-per-kind}). Prints what it does and what it
 * compares, errors by kind on stderr, and as its last line one JSON object.
 */
public final class SoakLoad {

    private static final int CLIENTS = 4;
    private static final Duration MAX_RAMP = Duration.ofSeconds(60);

    private SoakLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String base = o.get("--base");
        int screenCount = Integer.parseInt(o.get("--screens"));
        int posters = Integer.parseInt(o.get("--posters"));
        int seconds = Integer.parseInt(o.get("--seconds"));
        LoadStats stats = new LoadStats();
        SoakLedger ledger = new SoakLedger();
        HttpClient setupHttp = ScaleLoad.client();
        ApiSession admin = ApiSession.firstLogin(setupHttp, base, "admin", o.get("--admin-password"), "soak-admin-kode");

        List<String> areas = new ArrayList<>();
        for (JsonNode area : admin.call("GET", "/api/v1/areas", null, 200)) {
            areas.add(area.get("slug").asText());
        }
        Set<String> approval = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            String mode = i % 2 == 0 ? "approval" : "direct";
            admin.call("PUT", "/api/v1/moderation/areas/" + areas.get(i), Map.of("moderation", mode), 200);
            if (i % 2 == 0) {
                approval.add(areas.get(i));
            }
        }
        System.out.printf("Setup: %d areas, %d on moderation \"approval\" %s, the others \"direct\"; %d volunteers;"
                + " %d screens...%n", areas.size(), approval.size(), approval.stream().sorted().toList(), posters,
                screenCount);
        List<SoakVolunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < posters; i++) {
            volunteers.add(volunteer(i, areas, approval, admin, base, ledger, stats));
        }
        HttpClient[] clients = new HttpClient[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = ScaleLoad.client();
        }
        List<SimulatedScreen> screens = ScaleLoad.createScreens(admin, areas, screenCount, "soak", clients, base, stats,
                upstream -> "");
        Map<String, List<JsonNode>> demo = demoSlides(admin, setupHttp, base);

        Duration ramp = Duration.ofSeconds(Math.min(MAX_RAMP.toSeconds(), Math.max(1, seconds / 2)));
        System.out.printf("Load: %d screens for %d s (first requests spread over %d s), %d volunteers writing every"
                + " 1-3 s, the administrator deciding the queue every 0.5 s...%n", screens.size(), seconds,
                ramp.toSeconds(), posters);
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(seconds).toNanos();
        for (int i = 0; i < screens.size(); i++) {
            SimulatedScreen s = screens.get(i);
            long startAt = t0 + ramp.toNanos() * i / screens.size();
            Thread.ofVirtual().name("screen-" + s.id).start(() -> s.run(startAt));
        }
        List<Thread> writers = new ArrayList<>();
        for (SoakVolunteer v : volunteers) {
            writers.add(Thread.ofVirtual().start(() -> v.run(deadline)));
        }
        SoakModerator moderator = new SoakModerator(admin, ledger, stats);
        writers.add(Thread.ofVirtual().start(() -> moderator.run(deadline)));
        Thread progress = Thread.ofPlatform().daemon().start(() -> progress(stats, ledger, t0));
        for (Thread t : writers) {
            t.join();
        }
        progress.interrupt();
        stats.stopCounting();
        screens.forEach(SimulatedScreen::stop);
        System.out.printf("Load stopped after %.0f s: %d acknowledged writes %s.%n", (System.nanoTime() - t0) / 1e9,
                ledger.acknowledgedWrites(), ledger.counts());

        SoakCheck check = new SoakCheck(admin, setupHttp, base, Integer.parseInt(o.get("--max-per-kind")));
        check.run(ledger, demo);
        report(o, stats, ledger, check, screens.size(), posters, seconds);
        System.exit(0);
    }

    /** Volunteer {@code i}: an account for two areas (every third volunteer three), logged in with its own session. */
    private static SoakVolunteer volunteer(int i, List<String> areas, Set<String> approval, ApiSession admin,
                                           String base, SoakLedger ledger, LoadStats stats) throws Exception {
        int n = areas.size();
        Set<String> own = new LinkedHashSet<>(List.of(areas.get(i % n), areas.get((i * 7 + 3) % n)));
        if (i % 3 == 0) {
            own.add(areas.get((i * 11 + 5) % n));
        }
        String name = String.format("soak-frivillig-%02d", i + 1);
        String otp = admin.call("POST", "/api/v1/accounts", Map.of("username", name, "role", "volunteer",
                "areas", List.copyOf(own)), 201).get("oneTimePassword").asText();
        ApiSession session = ApiSession.firstLogin(ScaleLoad.client(), base, name, otp, name + "-kode");
        return new SoakVolunteer(i + 1, session, List.copyOf(own), approval, ledger, stats);
    }

    /** Each area's slides before any post: the feed of the area's first screen. */
    private static Map<String, List<JsonNode>> demoSlides(ApiSession admin, HttpClient http, String base)
            throws Exception {
        Map<String, List<JsonNode>> demo = new HashMap<>();
        for (JsonNode s : admin.call("GET", "/api/v1/screens", null, 200)) {
            String area = s.get("areaSlug").asText();
            if (!demo.containsKey(area)) {
                demo.put(area, SoakCheck.slides(http, base, s.get("id").asText()));
            }
        }
        return demo;
    }

    private static void progress(LoadStats stats, SoakLedger ledger, long t0) {
        try {
            while (true) {
                Thread.sleep(10_000);
                System.out.printf("  %3.0f s: %d subscribed, %d feed GETs, %d heartbeats, %d acknowledged writes,"
                                + " %d errors%n", (System.nanoTime() - t0) / 1e9, stats.subscribed.sum(),
                        stats.feed.count() + stats.firstFetch.count(), stats.heartbeats.sum(),
                        ledger.acknowledgedWrites(), stats.errorCount());
            }
        } catch (InterruptedException e) {
            // the load is over
        }
    }

    private static void report(Map<String, String> o, LoadStats stats, SoakLedger ledger, SoakCheck check,
                               int screens, int posters, int seconds) throws Exception {
        long errors = stats.errorCount() + check.errorCount();
        System.out.println("What was compared:");
        System.out.printf("  writes: the %d posts the load had acknowledged against the administrator's GET"
                + " /api/v1/posts (%d posts stored): each present and equal, field for field, to the answer of its"
                + " last acknowledged write; %d posts whose last write got no answer were left out. Titles carry a"
                + " client-made marker; a marker stored twice counts as duplicated.%n", ledger.entries().size(),
                check.postsInDb, check.uncertain);
        System.out.printf("  feeds: GET /api/v1/screens/{id}/feed of all %d screens against the composer's rule"
                + " applied to those posts: the area's demo slides from before the load, plus the published posts"
                + " for the area whose window is open or opens within 24 h, of which the first %s announcements by"
                + " start and id (demo and posts taking turns), each with its title and text; %d post slides"
                + " matched.%n", check.screensChecked, o.get("--max-per-kind"), check.postSlidesChecked);
        System.out.println("  post slides each feed of an area must show: " + check.expectedPostSlides);
        System.out.printf("Result: %d errors (load %d, checks %d), %d lost, %d duplicated; feed p99 %s ms over %d"
                        + " conditional GETs; %d heartbeats.%n", errors, stats.errorCount(), check.errorCount(),
                check.lost, check.duplicated, stats.feed.ms(0.99), stats.feed.count(), stats.heartbeats.sum());
        check.examples().forEach(e -> System.out.println("  e.g. " + e));
        System.out.flush();
        Map<String, Long> byKind = new TreeMap<>(stats.errorBreakdown());
        check.errors.forEach((k, v) -> byKind.merge("check: " + k, v, Long::sum));
        System.err.println("Errors by kind: " + (byKind.isEmpty() ? "none" : byKind));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("screens", screens);
        json.put("posters", posters);
        json.put("seconds", seconds);
        json.put("db", o.get("--db"));
        json.put("errors", errors);
        json.put("lost", check.lost);
        json.put("duplicated", check.duplicated);
        json.put("feed_p99_ms", stats.feed.ms(0.99));
        json.put("feed_p50_ms", stats.feed.ms(0.5));
        json.put("feed_count", stats.feed.count());
        json.put("writes", ledger.acknowledgedWrites());
        json.put("writes_by_kind", ledger.counts());
        json.put("posts_stored", check.postsInDb);
        json.put("uncertain", check.uncertain);
        json.put("screens_checked", check.screensChecked);
        json.put("post_slides_checked", check.postSlidesChecked);
        json.put("heartbeats", stats.heartbeats.sum());
        json.put("setup_errors", stats.setupErrorCount());
        // A plain mapper: the project's leaves out nulls, and a missing figure must show as null.
        System.out.println(new ObjectMapper().writeValueAsString(json));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>(Map.of("--db", "h2", "--max-per-kind", "12"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--base", "--admin-password", "--screens", "--posters", "--seconds")) {
            if (!o.containsKey(required) || args.length % 2 != 0) {
                throw new IllegalArgumentException("usage: SoakLoad --base URL --admin-password OTP --screens N"
                        + " --posters P --seconds S [--db NAME] [--max-per-kind K]");
            }
        }
        return o;
    }
}
