package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmark helper (not a test): the checks of the soak load once the load has stopped.
 *
 * <ol>
 *   <li>Writes: the administrator's {@code GET /api/v1/posts} (the database's posts). Each post in the ledger must
 *   be there and equal, field for field, the answer to its last acknowledged write (status, title, text, areas,
 *   window, updatedAt …): a missing or different post is {@code lost}. Two posts with the same title marker are
 *   {@code duplicated}; a post with a marker the load never sent is an error.</li>
 *   <li>Feeds: for every screen ({@code GET /api/v1/screens}), {@code GET /api/v1/screens/{id}/feed} must hold
 *   exactly the slides the composer's rule gives for its area from the posts just read: the non-announcement
 *   slides of the fresh server's feed for the area (the demo items, taken before the load), and of the
 *   announcements — the demo ones of that feed plus the published posts for the area whose window is open now
 *   or opens within 24 h — the first {@code max-per-kind} by window start and id, the sources (demo, posts)
 *   taking turns. Each post slide must carry the post's title and text. An expected post slide that is absent is
 *   {@code lost}; a slide twice in one feed {@code duplicated}; any other difference (an extra slide, an old
 *   title or text, a changed demo slide) an error.</li>
 * </ol>
 */
final class SoakCheck {

    private static final Duration HORIZON = Duration.ofHours(24);
    private static final int FETCHERS = 8;
    private static final int EXAMPLES = 5;

    long lost;
    long duplicated;
    final Map<String, Long> errors = new TreeMap<>();
    int postsInDb;
    int uncertain;
    int screensChecked;
    long postSlidesChecked;
    /** Per area: how many post slides its feeds must show (at most the cap, less the demo announcements). */
    final Map<String, Integer> expectedPostSlides = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();

    private final ApiSession admin;
    private final HttpClient http;
    private final String base;
    private final int maxPerKind;

    SoakCheck(ApiSession admin, HttpClient http, String base, int maxPerKind) {
        this.admin = admin;
        this.http = http;
        this.base = base;
        this.maxPerKind = maxPerKind;
    }

    /** The slides of the feed of {@code screenId} now. */
    static List<JsonNode> slides(HttpClient http, String base, String screenId) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/screens/" + screenId
                + "/feed")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("feed of " + screenId + " answered " + r.statusCode());
        }
        List<JsonNode> slides = new ArrayList<>();
        Json.mapper().readTree(r.body()).get("slides").forEach(slides::add);
        return slides;
    }

    /** Runs both checks; {@code demo} holds each area's slides before the load. */
    void run(SoakLedger ledger, Map<String, List<JsonNode>> demo) throws IOException, InterruptedException {
        Map<String, JsonNode> posts = new HashMap<>();
        for (JsonNode p : admin.call("GET", "/api/v1/posts", null, 200)) {
            posts.put(p.get("id").asText(), p);
        }
        postsInDb = posts.size();
        checkWrites(ledger, posts);
        checkFeeds(posts, demo);
    }

    private void checkWrites(SoakLedger ledger, Map<String, JsonNode> posts) {
        for (SoakLedger.Entry e : ledger.entries()) {
            JsonNode stored = posts.get(e.id);
            if (e.uncertain) {
                uncertain++;
            } else if (stored == null) {
                lost++;
                example("post " + e.id + " (" + e.marker + ") acknowledged but not in the database");
            } else if (!stored.equals(e.acked)) {
                lost++;
                List<String> fields = new ArrayList<>();
                e.acked.fieldNames().forEachRemaining(f -> {
                    if (!e.acked.get(f).equals(stored.get(f))) {
                        fields.add(f + " stored " + stored.get(f) + ", acknowledged " + e.acked.get(f));
                    }
                });
                example("post " + e.id + " (" + e.marker + ") differs from its last acknowledged write: " + fields);
            }
        }
        Map<String, Integer> byMarker = new HashMap<>();
        for (JsonNode p : posts.values()) {
            SoakLedger.markerOf(p.get("title").asText()).ifPresentOrElse(m -> byMarker.merge(m, 1, Integer::sum),
                    () -> error("post without a marker", p.get("id").asText()));
        }
        byMarker.forEach((marker, n) -> {
            if (n > 1) {
                duplicated += n - 1;
                example("marker " + marker + " stored " + n + " times");
            }
            if (!ledger.knowsMarker(marker) && !ledger.wasUnacknowledged(marker)) {
                error("post with a marker never sent", marker);
            }
        });
    }

    private void checkFeeds(Map<String, JsonNode> posts, Map<String, List<JsonNode>> demo)
            throws IOException, InterruptedException {
        Instant now = Instant.now();
        Map<String, Map<String, JsonNode>> expectedByArea = new HashMap<>();
        for (Map.Entry<String, List<JsonNode>> area : demo.entrySet()) {
            Map<String, JsonNode> expected = expected(area.getKey(), area.getValue(), posts.values(), now);
            expectedByArea.put(area.getKey(), expected);
            expectedPostSlides.put(area.getKey(), (int) expected.keySet().stream().filter(id -> id.startsWith("post:"))
                    .count());
        }
        ConcurrentMap<String, String> screens = new ConcurrentHashMap<>();
        for (JsonNode s : admin.call("GET", "/api/v1/screens", null, 200)) {
            screens.put(s.get("id").asText(), s.get("areaSlug").asText());
        }
        List<String> ids = new ArrayList<>(screens.keySet());
        AtomicInteger next = new AtomicInteger();
        LongAdder checkedSlides = new LongAdder();
        List<Thread> fetchers = new ArrayList<>();
        for (int f = 0; f < FETCHERS; f++) {
            fetchers.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    String id = ids.get(i);
                    Map<String, JsonNode> expected = expectedByArea.get(screens.get(id));
                    try {
                        if (expected == null) {
                            error("screen of an area without a feed before the load", id);
                        } else {
                            compare(id, slides(http, base, id), expected, checkedSlides);
                        }
                    } catch (IOException e) {
                        error("feed fetch at the check", id + ": " + e.getMessage());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        for (Thread t : fetchers) {
            t.join();
        }
        screensChecked = ids.size();
        postSlidesChecked = checkedSlides.sum();
    }

    /** The slides (by id) the rule gives for {@code area}: see the class comment. */
    private Map<String, JsonNode> expected(String area, List<JsonNode> demoSlides, Iterable<JsonNode> posts,
                                           Instant now) {
        record Candidate(String id, Instant from, JsonNode slide) {
            String source() {
                return id.substring(0, Math.max(0, id.indexOf(':')));
            }
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        List<Candidate> announcements = new ArrayList<>();
        for (JsonNode s : demoSlides) {
            if (s.get("kind").asText().equals("announcement")) {
                announcements.add(new Candidate(s.get("id").asText(), Instant.parse(s.get("showFrom").asText()), s));
            } else {
                out.put(s.get("id").asText(), s);
            }
        }
        for (JsonNode p : posts) {
            Set<String> areas = new HashSet<>();
            p.get("areas").forEach(a -> areas.add(a.asText()));
            Instant from = Instant.parse(p.get("visibleFrom").asText());
            Instant until = Instant.parse(p.get("visibleUntil").asText());
            if (p.get("status").asText().equals("published") && (areas.isEmpty() || areas.contains(area))
                    && until.isAfter(now) && from.isBefore(now.plus(HORIZON))) {
                JsonNode slide = Json.mapper().createObjectNode().put("id", "post:" + p.get("id").asText())
                        .put("title", p.get("title").asText()).put("body", p.get("text").asText());
                announcements.add(new Candidate("post:" + p.get("id").asText(), from, slide));
            }
        }
        announcements.sort(Comparator.comparing(Candidate::from).thenComparing(Candidate::id));
        Map<String, ArrayDeque<Candidate>> bySource = new LinkedHashMap<>();
        announcements.forEach(c -> bySource.computeIfAbsent(c.source(), k -> new ArrayDeque<>()).add(c));
        int taken = 0;
        while (taken < maxPerKind && !bySource.isEmpty()) {
            for (var it = bySource.values().iterator(); it.hasNext() && taken < maxPerKind; taken++) {
                ArrayDeque<Candidate> queue = it.next();
                Candidate c = queue.poll();
                out.put(c.id, c.slide);
                if (queue.isEmpty()) {
                    it.remove();
                }
            }
        }
        return out;
    }

    private void compare(String screen, List<JsonNode> slides, Map<String, JsonNode> expected, LongAdder checked) {
        Set<String> seen = new HashSet<>();
        for (JsonNode s : slides) {
            String id = s.get("id").asText();
            if (!seen.add(id)) {
                count(() -> duplicated++, screen + ": slide " + id + " twice");
                continue;
            }
            JsonNode want = expected.get(id);
            if (want == null) {
                error("feed slide not in the composition", screen + ": " + id + " " + s.path("title").asText());
            } else if (!want.path("title").equals(s.path("title")) || !want.path("body").equals(s.path("body"))) {
                error("feed slide with another title or text", screen + ": " + id + " shows " + s.path("title")
                        + ", expected " + want.path("title"));
            } else if (id.startsWith("post:")) {
                checked.increment();
            }
        }
        for (String id : expected.keySet()) {
            if (!seen.contains(id)) {
                if (id.startsWith("post:")) {
                    count(() -> lost++, screen + ": published " + id + " " + expected.get(id).get("title")
                            + " missing from the feed");
                } else {
                    error("demo slide missing from the feed", screen + ": " + id);
                }
            }
        }
    }

    private synchronized void count(Runnable counter, String example) {
        counter.run();
        example(example);
    }

    private synchronized void error(String kind, String example) {
        errors.merge(kind, 1L, Long::sum);
        example(kind + ": " + example);
    }

    private synchronized void example(String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text);
        }
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    List<String> examples() {
        return examples;
    }
}
