package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Benchmark driver (not a test): the scale load of issue 12 against running servers, all through the HTTP API on
 * loopback.
 *
 * <p>Setup, as an administrator (the first-start one-time password, changed at first login): N screens round-robin
 * over the areas (16 creations at a time; each answers its device token once), every area on moderation
 * "approval", and a volunteer for all areas. Load for S seconds: N simulated screens ({@link SimulatedScreen})
 * whose first requests are spread evenly over the first 60 s (or S/2 when shorter); a volunteer posts once a second
 * to one area in turn and the administrator approves each post. Change to SSE is timed from just before each
 * approval request to the next {@code changed} event of every subscribed screen of that area.
 *
 * <p>Usage: {@code ScaleLoad --base URL --admin-password OTP --screens N --seconds S --pid NAME=PID [--pid ...]
 * [--screen-base URL] [--metrics URL ...] [--instance NAME=HOST:PORT ...]}. {@code --base} takes the writes,
 * {@code --screen-base} (default: base) the screens' traffic; {@code --instance} names the instance behind a proxy's
 * {@code X-Upstream} header value; {@code --metrics} (default: base) are the servers whose
 * {@code /observe/metrics} give the rebuild time. Prints progress and a summary, errors by kind on stderr, and as
 * its last line one JSON object.
 */
public final class ScaleLoad {

    private static final int CLIENTS = 4;
    private static final int CREATE_CONCURRENCY = 16;
    private static final Duration MAX_RAMP = Duration.ofSeconds(60);
    private static final Duration POST_INTERVAL = Duration.ofSeconds(1);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private ScaleLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        RssSampler rss = RssSampler.start(o.pids);
        LoadStats stats = new LoadStats();
        HttpClient setupHttp = client();
        ApiSession admin = ApiSession.firstLogin(setupHttp, o.base, "admin", o.adminPassword, "benchmark-admin-kode");
        List<String> areas = new ArrayList<>();
        for (JsonNode area : admin.call("GET", "/api/v1/areas", null, 200)) {
            areas.add(area.get("slug").asText());
        }
        for (String area : areas) {
            admin.call("PUT", "/api/v1/moderation/areas/" + area, Map.of("moderation", "approval"), 200);
        }
        String volunteerOtp = admin.call("POST", "/api/v1/accounts", Map.of("username", "skala-frivillig",
                "role", "volunteer", "areas", areas), 201).get("oneTimePassword").asText();
        ApiSession volunteer = ApiSession.firstLogin(setupHttp, o.base, "skala-frivillig", volunteerOtp,
                "skala-frivillig-kode");
        System.out.printf("Setup: %d areas on moderation \"approval\", volunteer skala-frivillig; creating %d screens"
                + " (%d at a time)...%n", areas.size(), o.screens, CREATE_CONCURRENCY);

        HttpClient[] clients = new HttpClient[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = client();
        }
        List<SimulatedScreen> screens = createScreens(admin, areas, o.screens, "skala", clients, o.screenBase, stats,
                o::instanceOf);
        List<List<SimulatedScreen>> byArea = new ArrayList<>();
        areas.forEach(a -> byArea.add(new ArrayList<>()));
        screens.forEach(s -> byArea.get(s.area).add(s));

        Duration ramp = Duration.ofSeconds(Math.min(MAX_RAMP.toSeconds(), Math.max(1, o.seconds / 2)));
        System.out.printf("Load: %d screens for %d s, first requests spread over %d s; a post and its approval"
                + " every %d s...%n", screens.size(), o.seconds, ramp.toSeconds(), POST_INTERVAL.toSeconds());
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(o.seconds).toNanos();
        for (int i = 0; i < screens.size(); i++) {
            SimulatedScreen s = screens.get(i);
            long startAt = t0 + ramp.toNanos() * i / screens.size();
            Thread.ofVirtual().name("screen-" + s.id).start(() -> s.run(startAt));
        }
        Thread progress = Thread.ofPlatform().daemon().start(() -> progress(stats, t0));
        post(admin, volunteer, areas, byArea, stats, deadline);
        progress.interrupt();

        long graceEnd = System.nanoTime() + GRACE.toNanos();
        while (System.nanoTime() < graceEnd && screens.stream().anyMatch(s -> !s.pending.isEmpty())) {
            Thread.sleep(100);
        }
        long missed = screens.stream().mapToLong(s -> s.pending.size()).sum();
        stats.stopCounting();
        screens.forEach(SimulatedScreen::stop);
        Map<String, Long> peaks = rss.stop();
        Double rebuildMs = rebuildQuantileMs(setupHttp, o.metrics, "change", "0.99");
        Double rebuildP50Ms = rebuildQuantileMs(setupHttp, o.metrics, "change", "0.5");
        Double rebuildByTimeMs = rebuildQuantileMs(setupHttp, o.metrics, "time", "0.99");
        report(o, stats, screens.size(), missed, peaks, rebuildMs, rebuildP50Ms, rebuildByTimeMs);
        System.exit(0);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    /**
     * Creates {@code count} screens {@code <prefix>-00001…} round-robin over {@code areas} as the administrator, 16
     * at a time, each a simulated screen on one of {@code clients} talking to {@code screenBase}; failures count as
     * setup errors. Returns the screens created, in order.
     */
    static List<SimulatedScreen> createScreens(ApiSession admin, List<String> areas, int count, String prefix,
                                               HttpClient[] clients, String screenBase, LoadStats stats,
                                               Function<String, String> instanceOf)
            throws InterruptedException {
        Map<Integer, SimulatedScreen> created = new ConcurrentHashMap<>();
        AtomicInteger nextIndex = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, count / 10);
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < CREATE_CONCURRENCY; w++) {
            workers.add(Thread.ofVirtual().start(() -> {
                for (int i = nextIndex.getAndIncrement(); i < count; i = nextIndex.getAndIncrement()) {
                    String id = String.format("%s-%05d", prefix, i + 1);
                    int area = i % areas.size();
                    try {
                        JsonNode answer = admin.call("POST", "/api/v1/screens", Map.of("id", id,
                                "name", "Skærm " + prefix + " " + (i + 1), "areaSlug", areas.get(area)), 201);
                        created.put(i, new SimulatedScreen(id, area, answer.get("deviceToken").asText(),
                                clients[i % clients.length], screenBase, stats, instanceOf));
                    } catch (ApiSession.UnexpectedStatus e) {
                        stats.error("setup: create screen status " + e.status);
                    } catch (IOException | RuntimeException e) {
                        stats.error("setup: create screen " + e.getClass().getSimpleName());
                    } catch (InterruptedException e) {
                        return;
                    }
                    int n = done.incrementAndGet();
                    if (n % step == 0) {
                        System.out.printf("  %d of %d screens created (%.0f s)%n", n, count,
                                (System.nanoTime() - started) / 1e9);
                    }
                }
            }));
        }
        for (Thread t : workers) {
            t.join();
        }
        return new TreeMap<>(created).values().stream().toList();
    }

    /**
     * Once a second until the deadline, the volunteer posts to the next area and the administrator approves. A
     * post's visible-from lies one second further back than the previous one's, so each new post sorts first
     * among the area's announcements and always makes the cut of the feed (the composer caps slides per kind).
     */
    private static void post(ApiSession admin, ApiSession volunteer, List<String> areas,
                             List<List<SimulatedScreen>> byArea, LoadStats stats, long deadline)
            throws InterruptedException {
        OffsetDateTime from = OffsetDateTime.now().minusMinutes(1);
        int k = 0;
        for (long next = System.nanoTime(); next < deadline; next += POST_INTERVAL.toNanos(), k++) {
            SimulatedScreen.sleepUntil(next);
            int area = k % areas.size();
            try {
                JsonNode post = volunteer.call("POST", "/api/v1/posts", Map.of(
                        "title", "Skalatest nr. " + (k + 1), "text", "Opslag nr. " + (k + 1) + " fra belastningstesten.",
                        "areas", List.of(areas.get(area)), "visibleFrom", from.minusSeconds(k).toString(),
                        "visibleUntil", OffsetDateTime.now().plusDays(7).toString()), 201);
                stats.posts.increment();
                if (!"pending".equals(post.get("status").asText())) {
                    stats.error("post not pending: " + post.get("status").asText());
                    continue;
                }
                List<SimulatedScreen> targets = byArea.get(area).stream().filter(s -> s.subscribed).toList();
                Long t = System.nanoTime();
                targets.forEach(s -> s.pending.add(t));
                HttpResponse<String> r = admin.send("POST", "/api/v1/moderation/posts/" + post.get("id").asText()
                        + "/approve", null);
                if (r.statusCode() == 200) {
                    stats.approvals.increment();
                    stats.expectedNotifications.add(targets.size());
                } else {
                    stats.error("approve status " + r.statusCode());
                    targets.forEach(s -> s.pending.remove(t));
                }
            } catch (ApiSession.UnexpectedStatus e) {
                stats.error("post status " + e.status);
            } catch (IOException | RuntimeException e) {
                stats.error("post/approve " + e.getClass().getSimpleName());
            }
        }
    }

    private static void progress(LoadStats stats, long t0) {
        try {
            while (true) {
                Thread.sleep(10_000);
                System.out.printf("  %3.0f s: %d subscribed, %d feed GETs (%d on change), %d heartbeats, %d approvals,"
                                + " %d errors%n", (System.nanoTime() - t0) / 1e9, stats.subscribed.sum(),
                        stats.feed.count() + stats.firstFetch.count(), stats.feedOnChange.sum(),
                        stats.heartbeats.sum(), stats.approvals.sum(), stats.errorCount());
            }
        } catch (InterruptedException e) {
            // the load is over
        }
    }

    /**
     * The p99 of the server's feed rebuild timer in ms, the highest over the instances: the {@code quantile="0.99"}
     * line of {@code infoskaerm_feed_rebuild_seconds} in the Prometheus text, else its {@code _max}; null when no
     * instance has the metric.
     */
    static Double rebuildQuantileMs(HttpClient http, List<String> bases, String cause, String quantile) {
        Double worst = null;
        for (String base : bases) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/observe/metrics"))
                        .header("Accept", "text/plain").timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Double seconds = r.statusCode() == 200 ? rebuildQuantileSeconds(r.body(), cause, quantile) : null;
                if (r.statusCode() != 200) {
                    System.err.println("metrics of " + base + " answered " + r.statusCode());
                }
                if (seconds != null && (worst == null || seconds * 1000 > worst)) {
                    worst = Math.round(seconds * 10_000) / 10.0;
                }
            } catch (IOException | InterruptedException e) {
                System.err.println("cannot read the metrics of " + base + ": " + e);
            }
        }
        return worst;
    }

    /** The {@code quantile} (else the max) of the rebuilds with {@code cause="…"} (change or time), in seconds. */
    static Double rebuildQuantileSeconds(String prometheus, String cause, String q) {
        Double quantile = null;
        Double max = null;
        for (String line : prometheus.split("\n")) {
            int brace = line.indexOf('{');
            int space = line.indexOf(' ');
            if (line.startsWith("#") || space < 0) {
                continue;
            }
            String name = line.substring(0, brace >= 0 && brace < space ? brace : Math.max(space, 0));
            String rest = brace >= 0 && brace < space ? line.substring(line.indexOf('}') + 1) : line.substring(space);
            double value;
            try {
                value = Double.parseDouble(rest.trim().split("\\s+")[0]);
            } catch (RuntimeException e) {
                continue;
            }
            if (!line.contains("cause=\"" + cause + "\"")) {
                continue;
            }
            if (name.equals("infoskaerm_feed_rebuild_seconds") && line.contains("quantile=\"" + q + "\"")) {
                quantile = quantile == null ? value : Math.max(quantile, value);
            } else if (name.equals("infoskaerm_feed_rebuild_seconds_max")) {
                max = max == null ? value : Math.max(max, value);
            }
        }
        return quantile != null ? quantile : max;
    }

    private static void report(Options o, LoadStats stats, int screens, long missed, Map<String, Long> peaks,
                               Double rebuildMs, Double rebuildP50Ms, Double rebuildByTimeMs) throws IOException {
        System.out.printf("Screens created: %d of %d; subscribed streams: %d (reconnects included)%n", screens,
                o.screens, stats.subscribed.sum());
        System.out.printf("Feed: %d conditional GETs (%d periodic, %d after a changed event), p50 %s ms, p99 %s ms;"
                        + " first fetches: %d, p99 %s ms; all feed GETs answered 200: %d, 304: %d%n",
                stats.feed.count(), stats.feedPeriodic.sum(), stats.feedOnChange.sum(), stats.feed.ms(0.5),
                stats.feed.ms(0.99), stats.firstFetch.count(), stats.firstFetch.ms(0.99), stats.feed200.sum(),
                stats.feed304.sum());
        System.out.printf("Heartbeats: %d; posts: %d; approvals: %d%n", stats.heartbeats.sum(), stats.posts.sum(),
                stats.approvals.sum());
        System.out.printf("Change to SSE: %d of %d expected notifications arrived (%d missing after a %d s grace),"
                        + " p50 %s ms, p99 %s ms, max %s ms%n", stats.changeToSse.count(),
                stats.expectedNotifications.sum(), missed, GRACE.toSeconds(), stats.changeToSse.ms(0.5),
                stats.changeToSse.ms(0.99), stats.changeToSse.ms(1.0));
        new TreeMap<>(stats.changeToSseBy).forEach((instance, s) -> System.out.printf(
                "  streams served by %s: %d notifications, p50 %s ms, p99 %s ms, max %s ms%n",
                instance.isEmpty() ? "(not told)" : instance, s.count(), s.ms(0.5), s.ms(0.99), s.ms(1.0)));
        System.out.printf("Server peak RSS: %s MB; feed rebuild p99 from /observe/metrics: %s after a content change,"
                + " %s when time alone changed feeds%n", peaks,
                rebuildMs == null ? "absent" : rebuildMs + " ms", rebuildByTimeMs == null ? "none" : rebuildByTimeMs + " ms");
        System.out.println("Errors: " + stats.errorCount() + " (of which during setup: " + stats.setupErrorCount() + ")");
        System.out.flush();
        System.err.println("Errors by kind: " + (stats.errorCount() == 0 ? "none" : stats.errorBreakdown()));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("screens", o.screens);
        json.put("seconds", o.seconds);
        json.put("errors", stats.errorCount());
        json.put("feed_p99_ms", stats.feed.ms(0.99));
        json.put("change_to_sse_p99_ms", stats.changeToSse.ms(0.99));
        json.put("rebuild_p99_ms", rebuildMs);
        json.put("rebuild_p50_ms", rebuildP50Ms);
        json.put("rebuild_by_time_p99_ms", rebuildByTimeMs);
        json.put("rss_mb", peaks.values().stream().max(Long::compare).orElse(null));
        if (peaks.size() > 1) {
            json.put("instances", peaks.size());
            json.put("rss_mb_by_instance", peaks);
            Map<String, Double> byInstance = new TreeMap<>();
            stats.changeToSseBy.forEach((instance, s) -> byInstance.put(instance.isEmpty() ? "unknown" : instance,
                    s.ms(0.99)));
            json.put("change_to_sse_p99_ms_by_instance", byInstance);
        }
        json.put("setup_errors", stats.setupErrorCount());
        json.put("screens_created", screens);
        json.put("feed_p50_ms", stats.feed.ms(0.5));
        json.put("feed_count", stats.feed.count());
        json.put("feed_on_change_count", stats.feedOnChange.sum());
        json.put("change_to_sse_p50_ms", stats.changeToSse.ms(0.5));
        json.put("change_to_sse_count", stats.changeToSse.count());
        json.put("change_to_sse_missing", missed);
        json.put("heartbeats", stats.heartbeats.sum());
        json.put("approvals", stats.approvals.sum());
        // A plain mapper: the project's leaves out nulls, and a missing figure must show as null.
        System.out.println(new ObjectMapper().writeValueAsString(json));
    }

    /** Peak resident memory of the server processes, read from /proc/PID/status every second. */
    private static final class RssSampler {

        private final Map<String, Long> pids;
        private final Map<String, AtomicLong> peakKb = new LinkedHashMap<>();
        private final Thread thread;

        private RssSampler(Map<String, Long> pids) {
            this.pids = pids;
            pids.keySet().forEach(name -> peakKb.put(name, new AtomicLong()));
            this.thread = Thread.ofPlatform().daemon().name("rss").start(this::sample);
        }

        static RssSampler start(Map<String, Long> pids) {
            return new RssSampler(pids);
        }

        private void sample() {
            while (!Thread.currentThread().isInterrupted()) {
                pids.forEach((name, pid) -> peakKb.get(name).accumulateAndGet(rssKb(pid), Math::max));
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        Map<String, Long> stop() throws InterruptedException {
            thread.interrupt();
            thread.join();
            pids.forEach((name, pid) -> peakKb.get(name).accumulateAndGet(rssKb(pid), Math::max));
            Map<String, Long> mb = new LinkedHashMap<>();
            peakKb.forEach((name, kb) -> mb.put(name, kb.get() / 1024));
            return mb;
        }

        private static long rssKb(long pid) {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (l.startsWith("VmRSS:")) {
                        return Long.parseLong(l.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                System.err.println(Instant.now() + " cannot read /proc/" + pid + "/status: " + e);
            }
            return 0;
        }
    }

    /** The command line. */
    private static final class Options {

        String base;
        String screenBase;
        String adminPassword;
        int screens = 20_000;
        int seconds = 120;
        final Map<String, Long> pids = new LinkedHashMap<>();
        final List<String> metrics = new ArrayList<>();
        final Map<String, String> instances = new LinkedHashMap<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String v = args[i + 1];
                switch (args[i]) {
                    case "--base" -> o.base = v;
                    case "--screen-base" -> o.screenBase = v;
                    case "--admin-password" -> o.adminPassword = v;
                    case "--screens" -> o.screens = Integer.parseInt(v);
                    case "--seconds" -> o.seconds = Integer.parseInt(v);
                    case "--pid" -> o.pids.put(v.substring(0, v.indexOf('=')), Long.parseLong(v.substring(v.indexOf('=') + 1)));
                    case "--metrics" -> o.metrics.add(v);
                    case "--instance" -> o.instances.put(v.substring(v.indexOf('=') + 1), v.substring(0, v.indexOf('=')));
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
            if (o.base == null || o.adminPassword == null || o.pids.isEmpty() || args.length % 2 != 0) {
                throw new IllegalArgumentException("usage: ScaleLoad --base URL --admin-password OTP --screens N"
                        + " --seconds S --pid NAME=PID [--pid ...] [--screen-base URL] [--metrics URL ...]"
                        + " [--instance NAME=HOST:PORT ...]");
            }
            if (o.screenBase == null) {
                o.screenBase = o.base;
            }
            if (o.metrics.isEmpty()) {
                o.metrics.add(o.base);
            }
            return o;
        }

        /** The instance's name for an {@code X-Upstream} header value, or the value itself. */
        String instanceOf(String upstream) {
            return instances.getOrDefault(upstream, upstream);
        }
    }
}
