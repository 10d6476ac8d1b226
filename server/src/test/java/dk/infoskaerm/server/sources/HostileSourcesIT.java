package dk.infoskaerm.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sources that misbehave (issue 13): error pages, empty and cut-off bodies, sources that hang, drip or flood, and
 * sources that flap. The last good items always stay, the health says why, and the server keeps answering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSourcesIT {

    private static final int FETCH_TIMEOUT_SECONDS = 4;
    private static final long MAX_BYTES = 1024 * 1024;
    private static final long FLOOD_BYTES = 100L * 1024 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ERROR_PAGE = "<!DOCTYPE html><html><head><title>Siden findes ikke</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\","
            + "\"name\":\"Lokalforum\"}</script></head><body><h1>404</h1><p>Siden er flyttet.</p></body></html>";

    private InfoskaermServer server;
    private SourceFixtures fixtures;
    private AdminSession admin;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    void start(@TempDir Path dataDir) throws IOException, InterruptedException {
        fixtures = new SourceFixtures();
        server = InfoskaermServer.start(TestConfigs.h2(dataDir, Map.of(
                "infoskaerm.sources.tick-seconds", "1",
                "infoskaerm.sources.request-timeout-seconds", String.valueOf(FETCH_TIMEOUT_SECONDS),
                "infoskaerm.sources.connect-timeout-seconds", "2",
                "infoskaerm.sources.max-bytes", String.valueOf(MAX_BYTES),
                "infoskaerm.accounts.bcrypt-cost", "4")));
        admin = AdminSession.login(server, "fjendtlig-admin");
    }

    @AfterAll
    void stop() {
        release.countDown();
        server.close();
        fixtures.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "html-auto     | auto | text/html            | ERROR_PAGE | HTML-side uden arrangementer eller nyheder (forventede et RSS/Atom-feed eller en iCalendar-kalender)",
            "html-rss      | rss  | application/rss+xml  | ERROR_PAGE | HTML-side uden arrangementer eller nyheder (forventede et RSS/Atom-feed)",
            "empty         | auto | application/rss+xml  | ''         | Svaret var tomt",
            "blank         | rss  | application/rss+xml  | '   '      | Svaret var tomt",
            "truncated-xml | auto | application/rss+xml  | TRUNCATED  | XML-dokumentet er afbrudt/ufuldstændigt",
    })
    void brokenBodyKeepsTheLastGoodItemsAndSaysWhyInDanish(String id, String format, String contentType, String body,
                                                          String expected) throws Exception {
        String good = SourceFixtures.rss("Loppemarked " + id, "Ny formand " + id);
        String bad = switch (body) {
            case "ERROR_PAGE" -> ERROR_PAGE;
            case "TRUNCATED" -> good.substring(0, good.indexOf("</item>") + 20);
            default -> body;
        };
        AtomicReference<SourceFixtures.Answer> answer = new AtomicReference<>(
                SourceFixtures.Answer.ok("application/rss+xml", good, null));
        fixtures.serve("/" + id, answer::get);
        assertEquals(201, create(id, "/" + id, format, "news", false).statusCode());
        assertEquals(2, importNow(id).get("health").get("itemCount").asInt());

        answer.set(SourceFixtures.Answer.ok(contentType, bad, null));
        JsonNode view = importNow(id);
        JsonNode health = view.get("health");
        assertEquals("failing", view.get("state").asText(), view.toString());
        assertTrue(health.get("lastError").asText().contains(expected), health.toString());
        assertTrue(health.get("lastError").asText().contains(fixtures.url("/" + id)), "names the URL: " + health);
        assertEquals(1, health.get("consecutiveFailures").asInt());
        assertTrue(Instant.parse(health.get("nextPoll").asText()).isAfter(Instant.now().plus(Duration.ofMinutes(4))),
                "backed off: " + health);
        assertEquals(2, health.get("itemCount").asInt(), "the last good items are kept: " + health);
        assertEquals(2, itemsOf(id), "the last good items stay stored");
    }

    @Test
    void truncatedCalendarKeepsTheLastGoodItems() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(1));
        String good = SourceFixtures.ical(start, "Sankthans i Hagested", "Fællesspisning i Hagested");
        AtomicReference<String> body = new AtomicReference<>(good);
        fixtures.serve("/hagested.ics", () -> SourceFixtures.Answer.ok("text/calendar", body.get(), null));
        create("hagested", "/hagested.ics", "auto", "event", false);
        assertEquals(2, importNow("hagested").get("health").get("itemCount").asInt());

        body.set(good.substring(0, good.lastIndexOf("BEGIN:VEVENT")));
        JsonNode view = importNow("hagested");
        assertEquals("failing", view.get("state").asText(), view.toString());
        assertTrue(view.get("health").get("lastError").asText().contains("afbrudt/ufuldstændig"), view.toString());
        assertEquals(2, itemsOf("hagested"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss", "ical"})
    void validDocumentWithoutItemsEmptiesTheSourceAndShowsAsEmpty(String format) throws Exception {
        String id = "tom-" + format;
        Instant start = Instant.now().plus(Duration.ofDays(1));
        String contentType = format.equals("rss") ? "application/rss+xml" : "text/calendar";
        AtomicReference<String> body = new AtomicReference<>(format.equals("rss")
                ? SourceFixtures.rss("Nyt fra Orø", "Færgen sejler igen")
                : SourceFixtures.ical(start, "Koncert på Orø", "Marked på Orø"));
        fixtures.serve("/" + id, () -> SourceFixtures.Answer.ok(contentType, body.get(), null));
        create(id, "/" + id, "auto", format.equals("rss") ? "news" : "event", false);
        assertEquals("ok", importNow(id).get("state").asText());
        assertEquals(2, itemsOf(id));

        body.set(format.equals("rss") ? SourceFixtures.rss() : SourceFixtures.ical(start));
        JsonNode view = importNow(id);
        assertEquals("empty", view.get("state").asText(), view.toString());
        assertFalse(view.get("health").has("lastError"), view.toString());
        assertEquals(0, view.get("health").get("itemCount").asInt());
        assertEquals(0, itemsOf(id), "a source that really has nothing has nothing on the screens");
    }

    @Test
    void flappingSourceNeverDropsItsItemsOnTheBadPolls() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(1));
        String good = SourceFixtures.ical(start, "Dialogmøde i Tuse", "Julemarked i Tuse");
        String[] bad = {ERROR_PAGE, "", good.substring(0, good.length() / 2)};
        AtomicInteger polls = new AtomicInteger();
        fixtures.serve("/flap.ics", () -> {
            int n = polls.getAndIncrement();
            return n % 2 == 0 ? SourceFixtures.Answer.ok("text/calendar", good, null)
                    : SourceFixtures.Answer.ok("text/html", bad[(n / 2) % bad.length], null);
        });
        create("flap", "/flap.ics", "auto", "event", "[\"tuse\"]", false);
        for (int poll = 0; poll < 8; poll++) {
            JsonNode view = importNow("flap");
            assertEquals(poll % 2 == 0 ? "ok" : "failing", view.get("state").asText(), "poll " + poll + ": " + view);
            assertEquals(2, view.get("health").get("itemCount").asInt(), "poll " + poll + ": " + view);
            String feed = feed("tuse");
            assertTrue(feed.contains("Dialogmøde i Tuse") && feed.contains("Julemarked i Tuse"), "poll " + poll);
        }
    }

    @Test
    void hangingSourceTimesOutWhileTheServerKeepsAnswering() throws Exception {
        fixtures.serve("/hang.ics", SourceFixtures.Answer.hang(release));
        create("hang", "/hang.ics", "auto", "event", true);
        awaitTrue(() -> !fixtures.requests("/hang.ics").isEmpty(), "the hanging source is polled");

        assertOtherRequestsAnswerWhileImporting("hang");
        JsonNode health = awaitSource("hang", hasError()).get("health");
        assertTrue(health.get("lastError").asText().contains("svarede ikke inden for " + String.format(java.util.Locale.of("da"), "%,d", FETCH_TIMEOUT_SECONDS * 1000) + " ms"),
                health.toString());
        assertEquals(1, release.getCount(), "the fetch gave up; the source never answered");
    }

    @Test
    void drippingSourceIsCutAtTheBodyDeadline() throws Exception {
        AtomicLong dripped = new AtomicLong();
        CountDownLatch dripping = new CountDownLatch(1);
        fixtures.serveWith("/drip.ics", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] calendar = SourceFixtures.ical(Instant.now().plus(Duration.ofDays(1)), "Drypvis").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 120; i++) {
                out.write(calendar[i % calendar.length]);
                out.flush();
                dripped.incrementAndGet();
                dripping.countDown();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        create("drip", "/drip.ics", "auto", "event", true);
        assertTrue(dripping.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the drip started");

        assertOtherRequestsAnswerWhileImporting("drip");
        JsonNode health = awaitSource("drip", hasError()).get("health");
        assertTrue(health.get("lastError").asText().contains("ikke hentet færdigt"), health.toString());
        assertTrue(dripped.get() < 30, "cut long before the drip of 120 bytes ended: " + dripped.get());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void hugeBodyIsCutAtTheLimitWithoutReadingItAll(boolean declared) throws Exception {
        String id = declared ? "flood-declared" : "flood-chunked";
        AtomicLong written = new AtomicLong();
        fixtures.serveWith("/" + id, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, declared ? FLOOD_BYTES : 0);
            OutputStream out = exchange.getResponseBody();
            byte[] zeros = new byte[64 * 1024];
            while (written.get() < FLOOD_BYTES) {
                out.write(zeros);
                written.addAndGet(zeros.length);
            }
        });
        create(id, "/" + id, "auto", "news", false);
        JsonNode health = importNow(id).get("health");
        assertTrue(health.get("lastError").asText().contains("over grænsen på " + String.format(java.util.Locale.of("da"), "%,d", MAX_BYTES)), health.toString());
        assertTrue(written.get() < FLOOD_BYTES / 4, "stopped reading early: " + written.get() + " bytes sent");
        assertEquals(0, health.get("itemCount").asInt());
    }

    private void assertOtherRequestsAnswerWhileImporting(String id) throws Exception {
        HttpResponse<String> areas = send("GET", "/api/v1/areas", null);
        assertEquals(200, areas.statusCode(), areas.body());
        assertTrue(feed("moerkoev").contains("\"slides\""));
        JsonNode source = Json.mapper().readTree(send("GET", "/api/v1/sources/" + id, null).body());
        assertTrue(source.get("importing").asBoolean(), "answered while the fetch was still under way: " + source);
    }

    private int itemsOf(String sourceId) {
        return (int) server.app().items().active(Instant.now()).stream()
                .filter(i -> i.sourceId().equals(sourceId)).count();
    }

    private HttpResponse<String> create(String id, String path, String format, String kind, boolean enabled)
            throws Exception {
        return create(id, path, format, kind, "[]", enabled);
    }

    private HttpResponse<String> create(String id, String path, String format, String kind, String areas,
                                        boolean enabled) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sources", "{\"id\":\"" + id + "\",\"name\":\"Kilde " + id
                + "\",\"kind\":\"" + kind + "\",\"format\":\"" + format + "\",\"url\":\"" + fixtures.url(path)
                + "\",\"areas\":" + areas + ",\"pollMinutes\":5,\"enabled\":" + enabled + "}");
        assertEquals(201, r.statusCode(), r.body());
        return r;
    }

    private JsonNode importNow(String id) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sources/" + id + "/import", null);
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }

    private String feed(String screen) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/v1/screens/" + screen + "/feed")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static Predicate<JsonNode> hasError() {
        return s -> s.path("health").has("lastError");
    }

    private JsonNode awaitSource(String id, Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Json.mapper().readTree(send("GET", "/api/v1/sources/" + id, null).body());
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("source " + id + " did not reach the expected state within " + WAIT + ": " + last);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return admin.send(method, path, json);
    }
}
