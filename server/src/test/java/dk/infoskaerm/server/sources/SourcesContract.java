package dk.infoskaerm.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.accounts.Role;
import io.helidon.config.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources end to end: the real server, its scheduler and admin API, against a local HTTP server of sources. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SourcesContract {

    private static final String ADMIN_PASSWORD = "kilde-admin-kode-1";
    static final int FETCH_TIMEOUT_SECONDS = 3;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private InfoskaermServer server;
    private String sessionCookie;
    private String csrfToken;
    private SourceFixtures fixtures;
    private final CountDownLatch releaseSlow = new CountDownLatch(1);

    /** The config of the server under test. */
    abstract Config config(Path dataDir, Map<String, String> extra);

    @BeforeAll
    void start(@TempDir Path dataDir) throws IOException, InterruptedException {
        fixtures = new SourceFixtures();
        server = InfoskaermServer.start(config(dataDir, Map.of(
                "infoskaerm.sources.tick-seconds", "1",
                "infoskaerm.sources.request-timeout-seconds", String.valueOf(FETCH_TIMEOUT_SECONDS),
                "infoskaerm.sources.connect-timeout-seconds", "2",
                "infoskaerm.accounts.bcrypt-cost", "4")));
        server.app().accounts().createWithPassword("kilde-admin", Role.ADMIN, Set.of(), Set.of(), ADMIN_PASSWORD);
        HttpResponse<String> login = HTTP.send(request("POST", "/api/v1/session",
                "{\"username\":\"kilde-admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        Matcher cookie = Pattern.compile("isk_session=([^;]*)").matcher(login.headers().firstValue("Set-Cookie").orElseThrow());
        assertTrue(cookie.find());
        sessionCookie = "isk_session=" + cookie.group(1);
        csrfToken = Json.mapper().readTree(login.body()).get("csrfToken").asText();
    }

    @AfterAll
    void stop() {
        releaseSlow.countDown();
        server.close();
        fixtures.close();
    }

    @Test
    void sourcesStayIsolatedKeepTheirLastGoodItemsAndReportHealth() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(1));
        fixtures.serve("/slow.ics", SourceFixtures.Answer.hang(releaseSlow));
        fixtures.serve("/garbage", SourceFixtures.Answer.ok("text/plain", "<<< not a calendar >>>", null));
        fixtures.serve("/broken.ics", SourceFixtures.Answer.status(500));
        var good = new java.util.concurrent.atomic.AtomicReference<>(
                SourceFixtures.Answer.ok("text/calendar", SourceFixtures.ical(start, "Høstfest i Knabstrup"), "\"v1\""));
        fixtures.serve("/good.ics", good::get);

        assertEquals(201, create("iso-slow", "/slow.ics", "auto", "[]").statusCode());
        awaitTrue(() -> !fixtures.requests("/slow.ics").isEmpty(), "the slow source is polled");
        Instant slowEntered = fixtures.requests("/slow.ics").getFirst().at();
        assertEquals(201, create("iso-good", "/good.ics", "ical", "[\"knabstrup\"]").statusCode());
        assertEquals(201, create("iso-garbage", "/garbage", "auto", "[]").statusCode());
        assertEquals(201, create("iso-broken", "/broken.ics", "ical", "[]").statusCode());

        JsonNode goodSource = awaitSource("iso-good", s -> s.path("health").has("lastSuccess"));
        assertEquals("ok", goodSource.get("state").asText());
        JsonNode goodHealth = goodSource.get("health");
        assertEquals(1, goodHealth.get("itemCount").asInt());
        assertTrue(feed("knabstrup").contains("Høstfest i Knabstrup"), "the good source's event is on the screen");
        Instant goodPolled = fixtures.requests("/good.ics").getFirst().at();
        assertTrue(goodPolled.isBefore(slowEntered.plusSeconds(FETCH_TIMEOUT_SECONDS)),
                "the good source was polled while the slow one still hung: " + slowEntered + " / " + goodPolled);

        assertTrue(awaitSource("iso-slow", hasError()).get("health").get("lastError").asText().matches(".*(svarede ikke inden for|ikke hentet færdigt).*"));
        JsonNode garbage = awaitSource("iso-garbage", hasError()).get("health");
        assertTrue(garbage.get("lastError").asText().contains(fixtures.url("/garbage")), garbage.toString());
        assertTrue(garbage.get("lastError").asText().contains("hverken iCalendar, RSS/Atom eller HTML"), garbage.toString());
        JsonNode broken = awaitSource("iso-broken", hasError()).get("health");
        assertTrue(broken.get("lastError").asText().contains("HTTP 500"), broken.toString());
        assertEquals(0, broken.get("itemCount").asInt());
        assertTrue(Instant.parse(broken.get("nextPoll").asText()).isAfter(Instant.now().plus(Duration.ofMinutes(4))),
                "a failed source is not polled again at once: " + broken);

        good.set(SourceFixtures.Answer.status(500));
        HttpResponse<String> again = send("POST", "/api/v1/sources/iso-good/import", null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("failing", Json.mapper().readTree(again.body()).get("state").asText());
        JsonNode afterFailure = Json.mapper().readTree(again.body()).get("health");
        assertTrue(afterFailure.get("lastError").asText().contains("HTTP 500"), afterFailure.toString());
        assertEquals(1, afterFailure.get("consecutiveFailures").asInt());
        assertEquals(1, afterFailure.get("itemCount").asInt(), "the last good items are kept");
        assertTrue(afterFailure.has("lastSuccess"));
        assertTrue(feed("knabstrup").contains("Høstfest i Knabstrup"), "the last good items stay on the screen");

        HttpResponse<String> list = send("GET", "/api/v1/sources", null);
        assertEquals(200, list.statusCode());
        assertTrue(Json.mapper().readTree(list.body()).size() >= 4);
        releaseSlow.countDown();
    }

    @Test
    void secondPollSendsTheETagAndKeepsItemsOnNotModified() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        fixtures.serve("/etag.ics", SourceFixtures.Answer.ok("text/calendar",
                SourceFixtures.ical(start, "Fællesspisning i Kundby"), "\"kundby-1\""));
        assertEquals(201, create("etag", "/etag.ics", "ical", "[\"kundby\"]", false).statusCode());
        assertEquals(200, send("POST", "/api/v1/sources/etag/import", null).statusCode());
        HttpResponse<String> second = send("POST", "/api/v1/sources/etag/import", null);
        assertEquals(200, second.statusCode());

        var requests = fixtures.requests("/etag.ics");
        assertEquals(2, requests.size());
        assertEquals(null, requests.get(0).ifNoneMatch());
        assertEquals("\"kundby-1\"", requests.get(1).ifNoneMatch(), "the second poll is conditional");
        JsonNode health = Json.mapper().readTree(second.body()).get("health");
        assertFalse(health.has("lastError"), health.toString());
        assertEquals(1, health.get("itemCount").asInt());
        assertTrue(feed("kundby").contains("Fællesspisning i Kundby"));
    }

    @Test
    void reImportUpdatesItemsInsteadOfDuplicatingAndDropsWhatTheSourceNoLongerHas() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(3));
        var body = new java.util.concurrent.atomic.AtomicReference<>(
                SourceFixtures.ical(start, "Generalforsamling i Regstrup", "Juletræstænding i Regstrup"));
        fixtures.serve("/regstrup.ics", () -> SourceFixtures.Answer.ok("text/calendar", body.get(), null));
        assertEquals(201, create("regstrup", "/regstrup.ics", "auto", "[\"regstrup\"]", false).statusCode());
        assertEquals(2, importNow("regstrup").get("health").get("itemCount").asInt());
        assertEquals(2, server.app().items().forArea("regstrup", Instant.now()).stream()
                .filter(i -> i.sourceId().equals("regstrup")).count());

        body.set(SourceFixtures.ical(start, "Generalforsamling i Regstrup"));
        assertEquals(1, importNow("regstrup").get("health").get("itemCount").asInt());
        assertEquals(1, importNow("regstrup").get("health").get("itemCount").asInt());
        var items = server.app().items().forArea("regstrup", Instant.now()).stream()
                .filter(i -> i.sourceId().equals("regstrup")).toList();
        assertEquals(1, items.size(), items.toString());
        List<String> titles = slideTitles("regstrup");
        assertEquals(1, titles.stream().filter(t -> t.equals("Generalforsamling i Regstrup")).count(), titles.toString());
        assertFalse(titles.contains("Juletræstænding i Regstrup"), titles.toString());
    }

    @Test
    void deletingASourceRemovesItsItems() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(1));
        fixtures.serve("/ugerloese.ics", SourceFixtures.Answer.ok("text/calendar",
                SourceFixtures.ical(start, "Vinterbadning i Ugerløse"), null));
        assertEquals(201, create("ugerloese", "/ugerloese.ics", "ical", "[\"ugerloese\"]", false).statusCode());
        importNow("ugerloese");
        assertTrue(feed("ugerloese").contains("Vinterbadning i Ugerløse"));

        assertEquals(204, send("DELETE", "/api/v1/sources/ugerloese", null).statusCode());
        assertFalse(feed("ugerloese").contains("Vinterbadning i Ugerløse"));
        HttpResponse<String> gone = send("GET", "/api/v1/sources/ugerloese", null);
        assertEquals(404, gone.statusCode());
        assertEquals("id", Json.mapper().readTree(gone.body()).get("field").asText());
    }

    @Test
    void theSameEventFromTwoSourcesIsShownOnce() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        fixtures.serve("/forum.ics", SourceFixtures.Answer.ok("text/calendar",
                SourceFixtures.ical(start, "Julemarked i Stestrup"), null));
        fixtures.serve("/hallen.ics", SourceFixtures.Answer.ok("text/calendar",
                SourceFixtures.ical(start, "Julemarked i Stestrup!"), null));
        create("dup-forum", "/forum.ics", "ical", "[\"stestrup\"]", false);
        create("dup-hallen", "/hallen.ics", "ical", "[\"stestrup\",\"tuse\"]", false);
        assertEquals(1, importNow("dup-forum").get("health").get("itemCount").asInt());
        assertEquals(1, importNow("dup-hallen").get("health").get("itemCount").asInt());
        List<String> titles = slideTitles("stestrup");
        assertEquals(1, titles.stream().filter(t -> t.startsWith("Julemarked i Stestrup")).count(), titles.toString());
        assertTrue(slideTitles("tuse").contains("Julemarked i Stestrup!"), "the other source's copy where it is alone");
    }

    @Test
    void testEndpointShowsWhatWouldBeImportedWithoutStoringIt() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(1));
        fixtures.serve("/try.ics", SourceFixtures.Answer.ok("text/calendar",
                SourceFixtures.ical(start, "Prøvekoncert i Tølløse"), null));
        HttpResponse<String> r = send("POST", "/api/v1/sources/test",
                "{\"url\":\"" + fixtures.url("/try.ics") + "\",\"kind\":\"event\",\"format\":\"auto\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode result = Json.mapper().readTree(r.body());
        assertEquals(1, result.get("itemCount").asInt());
        JsonNode item = result.get("items").get(0);
        assertEquals("Prøvekoncert i Tølløse", item.get("title").asText());
        assertEquals("event", item.get("kind").asText());
        assertEquals("confirmed", item.get("status").asText());
        assertTrue(item.has("start") && item.has("allDay") && item.has("url"), item.toString());
        assertFalse(feed("toelloese").contains("Prøvekoncert"), "nothing is stored");

        fixtures.serve("/try-broken", SourceFixtures.Answer.status(500));
        HttpResponse<String> broken = send("POST", "/api/v1/sources/test",
                "{\"url\":\"" + fixtures.url("/try-broken") + "\"}");
        assertEquals(422, broken.statusCode());
        assertTrue(broken.body().contains("HTTP 500"), broken.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\":\"Bad Id\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/x.ics\"}                          | id",
            "{\"id\":\"test\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/x.ics\"}                            | id",
            "{\"id\":\"v-name\",\"name\":\" \",\"kind\":\"event\",\"url\":\"https://a.dk/x.ics\"}                          | name",
            "{\"id\":\"v-kind\",\"name\":\"x\",\"kind\":\"urgent\",\"url\":\"https://a.dk/x.ics\"}                         | kind",
            "{\"id\":\"v-kind2\",\"name\":\"x\",\"url\":\"https://a.dk/x.ics\"}                                             | kind",
            "{\"id\":\"v-format\",\"name\":\"x\",\"kind\":\"event\",\"format\":\"pdf\",\"url\":\"https://a.dk/x.ics\"}     | format",
            "{\"id\":\"v-url\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"ftp://a.dk/x.ics\"}                             | url",
            "{\"id\":\"v-url2\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"file:///etc/passwd\"}                          | url",
            "{\"id\":\"v-url3\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"not a url\"}                                   | url",
            "{\"id\":\"v-poll\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/x.ics\",\"pollMinutes\":1}        | pollMinutes",
            "{\"id\":\"v-poll2\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/x.ics\",\"pollMinutes\":1441}    | pollMinutes",
            "{\"id\":\"v-poll3\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/x.ics\",\"pollMinutes\":\"often\"} | pollMinutes",
            "{\"id\":\"v-area\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/x.ics\",\"areas\":[\"atlantis\"]}  | areas",
            "{\"id\":\"v-sel\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/\",\"selectors\":{\"item\":\"article\"}} | selectors",
            "{\"id\":\"v-sel2\",\"name\":\"x\",\"kind\":\"event\",\"url\":\"https://a.dk/\",\"selectors\":{\"item\":\"article\",\"title\":\"h2\",\"date\":\"time[\"}} | selectors.date",
    })
    void refusesBadSourcesWithFieldAndDanishMessage(String body, String field) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sources", body);
        assertEquals(422, r.statusCode(), r.body());
        JsonNode error = Json.mapper().readTree(r.body());
        assertEquals(field, error.get("field").asText(), r.body());
        assertFalse(error.get("error").asText().isBlank());
        assertEquals(404, send("GET", "/api/v1/sources/" + field.replace('.', '-'), null).statusCode());
    }

    @Test
    void makesTheIdFromTheNameWhenItIsLeftOut() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sources", "{\"name\":\"Tølløse Lokalforum – nyheder\","
                + "\"kind\":\"news\",\"url\":\"https://a.dk/feed\",\"enabled\":false}");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("toelloese-lokalforum-nyheder", Json.mapper().readTree(r.body()).get("id").asText(), r.body());
        HttpResponse<String> audit = send("GET", "/api/v1/audit?target=toelloese-lokalforum-nyheder", null);
        assertEquals(200, audit.statusCode(), audit.body());
        JsonNode event = Json.mapper().readTree(audit.body()).get(0);
        assertEquals("created", event.get("action").asText(), audit.body());
        assertEquals("source", event.get("targetType").asText(), audit.body());
    }

    @Test
    void refusesCallersWhoAreNotAdministrators() throws Exception {
        HttpResponse<String> none = HTTP.send(request("GET", "/api/v1/sources", null).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
        assertTrue(Json.mapper().readTree(none.body()).has("error"));
        HttpResponse<String> noCsrf = HTTP.send(request("POST", "/api/v1/sources/test", "{}")
                .header("Cookie", sessionCookie).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noCsrf.statusCode(), "an administrator's browser session without the CSRF token");
    }

    @Test
    void unknownSourceIsJsonNotFound() throws Exception {
        for (String method : new String[] {"GET", "DELETE"}) {
            HttpResponse<String> r = send(method, "/api/v1/sources/findes-ikke", null);
            assertEquals(404, r.statusCode());
            assertEquals("id", Json.mapper().readTree(r.body()).get("field").asText());
        }
        assertEquals(404, send("POST", "/api/v1/sources/findes-ikke/import", null).statusCode());
    }

    @Test
    void editingASourceChangesItsSettingsAndIsImportedAgain() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(1));
        fixtures.serve("/gislinge.ics", SourceFixtures.Answer.ok("text/calendar",
                SourceFixtures.ical(start, "Koncert i Gislinge"), "\"g1\""));
        create("gislinge", "/gislinge.ics", "ical", "[\"gislinge\"]", false);
        importNow("gislinge");
        HttpResponse<String> edited = send("PUT", "/api/v1/sources/gislinge", "{\"name\":\"Gislinge Lokalråd\","
                + "\"kind\":\"meeting\",\"format\":\"ical\",\"url\":\"" + fixtures.url("/gislinge.ics")
                + "\",\"areas\":[\"gislinge\"],\"pollMinutes\":30,\"enabled\":false}");
        assertEquals(200, edited.statusCode(), edited.body());
        JsonNode view = Json.mapper().readTree(edited.body());
        assertEquals("meeting", view.get("kind").asText());
        assertEquals(30, view.get("pollMinutes").asInt());
        importNow("gislinge");
        assertEquals(null, fixtures.requests("/gislinge.ics").getLast().ifNoneMatch(),
                "after an edit the whole body is read again");
        assertEquals("meeting", server.app().items().forArea("gislinge", Instant.now()).stream()
                .filter(i -> i.sourceId().equals("gislinge")).findFirst().orElseThrow().kind().wireName());
    }

    @Test
    void onlyOneClaimOfADueSourceWins() {
        SourceRepository repo = server.app().sources().repository();
        Instant due = Instant.parse("2026-01-01T00:00:00Z");
        repo.insert(new Source("claim", "Claim", dk.infoskaerm.content.ItemKind.EVENT, "ical",
                "https://example.org/x.ics", java.util.Set.of(), 60, null, false), due, null);
        Instant seen = repo.find("claim").orElseThrow().health().nextPoll();
        assertTrue(repo.claim("claim", seen, due.plus(Duration.ofMinutes(10))));
        assertFalse(repo.claim("claim", seen, due.plus(Duration.ofMinutes(20))), "a second instance loses");
    }

    private HttpResponse<String> create(String id, String path, String format, String areas) throws Exception {
        return create(id, path, format, areas, true);
    }

    private HttpResponse<String> create(String id, String path, String format, String areas, boolean enabled)
            throws Exception {
        return send("POST", "/api/v1/sources", "{\"id\":\"" + id + "\",\"name\":\"Kilde " + id + "\",\"kind\":\"event\","
                + "\"format\":\"" + format + "\",\"url\":\"" + fixtures.url(path) + "\",\"areas\":" + areas
                + ",\"pollMinutes\":5,\"enabled\":" + enabled + "}");
    }

    private JsonNode importNow(String id) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sources/" + id + "/import", null);
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }

    private String feed(String screen) throws Exception {
        HttpResponse<String> r = HTTP.send(request("GET", "/api/v1/screens/" + screen + "/feed", null).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private List<String> slideTitles(String screen) throws Exception {
        List<String> titles = new ArrayList<>();
        for (JsonNode slide : Json.mapper().readTree(feed(screen)).get("slides")) {
            titles.add(slide.get("title").asText());
        }
        return titles;
    }

    private static Predicate<JsonNode> hasError() {
        return s -> s.path("health").has("lastError");
    }

    private JsonNode awaitSource(String id, Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = send("GET", "/api/v1/sources/" + id, null);
            assertEquals(200, r.statusCode(), r.body());
            last = Json.mapper().readTree(r.body());
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("source " + id + " did not reach the expected state within " + WAIT + ": " + last);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(request(method, path, json).header("Cookie", sessionCookie).header("X-CSRF-Token", csrfToken).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20));
        if (json == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
}
