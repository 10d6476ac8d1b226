package dk.infoskaerm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.screens.FeedCache;
import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RoutingTest
class FeedRoutingTest {

    private static Application app;

    private final DirectClient client;

    FeedRoutingTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        try {
            app = Application.create(TestConfigs.h2(Files.createTempDirectory("feed-routing"), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Main.routing(routing, app);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private JsonNode json(Http1ClientResponse response) throws IOException {
        return Json.mapper().readTree(response.as(String.class));
    }

    @Test
    void feedOfDemoScreenCarriesVersionAndSlidesWithWindows() throws IOException {
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed").request()) {
            assertEquals(Status.OK_200, r.status());
            assertEquals("application/json", r.headers().contentType().orElseThrow().mediaType().text());
            JsonNode feed = json(r);
            assertEquals(1, feed.get("version").asInt());
            assertEquals("moerkoev", feed.get("screenId").asText());
            assertTrue(feed.get("slides").size() > 0, "demo data gives Mørkøv slides");
            for (JsonNode slide : feed.get("slides")) {
                assertTrue(slide.hasNonNull("showFrom") && slide.hasNonNull("showUntil"), slide.toString());
            }
        }
    }

    @Test
    void answersNotModifiedWhenETagMatches() {
        String etag;
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed").request()) {
            etag = r.headers().get(HeaderNames.ETAG).get();
        }
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "strong ETag: " + etag);
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed")
                .header(HeaderNames.IF_NONE_MATCH, etag).request()) {
            assertEquals(Status.NOT_MODIFIED_304, r.status());
            assertEquals(etag, r.headers().get(HeaderNames.ETAG).get());
        }
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed")
                .header(HeaderNames.IF_NONE_MATCH, "\"something-else\"").request()) {
            assertEquals(Status.OK_200, r.status());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "W/%s", "\"other\", %s", "\"other\",W/%s ,\"third\"", "*"})
    void answersNotModifiedWhenAnyTagInIfNoneMatchMatches(String ifNoneMatch) {
        String etag = etag("moerkoev");
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed")
                .header(HeaderNames.IF_NONE_MATCH, ifNoneMatch.formatted(etag)).request()) {
            assertEquals(Status.NOT_MODIFIED_304, r.status());
            assertEquals(etag, r.headers().get(HeaderNames.ETAG).get());
            assertEquals("no-cache", r.headers().get(HeaderNames.CACHE_CONTROL).get());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"other\"", "W/\"other\", \"third\"", ""})
    void answersFeedWhenNoTagInIfNoneMatchMatches(String ifNoneMatch) {
        etag("moerkoev");
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed")
                .header(HeaderNames.IF_NONE_MATCH, ifNoneMatch).request()) {
            assertEquals(Status.OK_200, r.status());
            assertTrue(r.as(String.class).startsWith("{"));
        }
    }

    @Test
    void headAnswersWithHeadersOnly() {
        int length;
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed").request()) {
            length = r.as(byte[].class).length;
        }
        try (Http1ClientResponse r = client.head("/api/v1/screens/moerkoev/feed").request()) {
            assertEquals(Status.OK_200, r.status());
            assertTrue(r.headers().contains(HeaderNames.ETAG));
            assertEquals(length, r.headers().contentLength().orElseThrow());
            assertEquals("application/json", r.headers().contentType().orElseThrow().mediaType().text());
        }
    }

    @Test
    void feedWithQueryIsTheSameFeed() {
        String etag = etag("moerkoev");
        try (Http1ClientResponse r = client.get("/api/v1/screens/moerkoev/feed").queryParam("v", "1").request()) {
            assertEquals(Status.OK_200, r.status());
            assertEquals(etag, r.headers().get(HeaderNames.ETAG).get());
        }
    }

    @Test
    void otherMethodsOnTheFeedAreNotAnswered() {
        etag("moerkoev");
        try (Http1ClientResponse r = client.post("/api/v1/screens/moerkoev/feed").submit("{}")) {
            assertEquals(Status.NOT_FOUND_404, r.status());
        }
    }

    /** Requests the feed once (so it is cached) and returns its ETag. */
    private String etag(String screenId) {
        try (Http1ClientResponse r = client.get("/api/v1/screens/" + screenId + "/feed").request()) {
            assertEquals(Status.OK_200, r.status());
            return r.headers().get(HeaderNames.ETAG).get();
        }
    }

    @Test
    void newItemChangesFeedAndETag() throws IOException {
        String before;
        try (Http1ClientResponse r = client.get("/api/v1/screens/kundby/feed").request()) {
            before = r.headers().get(HeaderNames.ETAG).get();
            assertFalse(r.as(String.class).contains("Høstfest i Kundby"));
        }
        Instant start = Instant.now().plus(Duration.ofDays(2));
        app.items().save(new Item("test:hoestfest", "test", ItemKind.EVENT, "Høstfest i Kundby", "", start,
                start.plus(Duration.ofHours(3)), false, "Kundby Forsamlingshus", "", null, null, null,
                Set.of("kundby"), null));
        try (Http1ClientResponse r = client.get("/api/v1/screens/kundby/feed").request()) {
            assertNotEquals(before, r.headers().get(HeaderNames.ETAG).get());
            assertTrue(r.as(String.class).contains("Høstfest i Kundby"));
        }
    }

    @Test
    void unknownScreenGetsJsonNotFound() throws IOException {
        try (Http1ClientResponse r = client.get("/api/v1/screens/findes-ikke/feed").request()) {
            assertEquals(Status.NOT_FOUND_404, r.status());
            JsonNode error = json(r);
            assertEquals("Skærmen 'findes-ikke' findes ikke.", error.get("error").asText());
            assertEquals("screenId", error.get("field").asText());
        }
    }

    @Test
    void malformedScreenIdGetsJsonNotFound() throws IOException {
        try (Http1ClientResponse r = client.get("/api/v1/screens/%3Cscript%3E/feed").request()) {
            assertEquals(Status.NOT_FOUND_404, r.status());
            assertTrue(json(r).has("error"));
        }
    }

    @Test
    void unknownApiPathGetsJsonNotFoundWithNullField() throws IOException {
        try (Http1ClientResponse r = client.get("/api/v1/nothing-here").request()) {
            assertEquals(Status.NOT_FOUND_404, r.status());
            JsonNode error = json(r);
            assertTrue(error.has("field") && error.get("field").isNull(), error.toString());
        }
    }

    @Test
    void aChangeComposesAgainOnlyTheFeedsOfItsAreas() {
        FeedCache.CachedFeed tuse = app.feeds().requireFeed("tuse");
        FeedCache.CachedFeed undloese = app.feeds().requireFeed("undloese");
        app.feeds().rebuildStale();
        Instant start = Instant.now().plus(Duration.ofDays(2));
        app.items().save(new Item("test:only-undloese", "test", ItemKind.EVENT, "Loppemarked i Undløse", "", start,
                start.plus(Duration.ofHours(3)), false, "", "", null, null, null, Set.of("undloese"), null));

        assertEquals(1, app.feeds().rebuildStale(), "only the Undløse screen's feed is composed again");
        assertSame(tuse, app.feeds().requireFeed("tuse"), "Tuse's feed is untouched");
        assertNotEquals(undloese.etag(), app.feeds().requireFeed("undloese").etag());
        assertTrue(new String(app.feeds().requireFeed("undloese").body(), StandardCharsets.UTF_8)
                .contains("Loppemarked i Undløse"));
    }

    @Test
    void anItemForEveryAreaComposesEveryCachedFeedAgain() {
        FeedCache.CachedFeed tuse = app.feeds().requireFeed("tuse");
        FeedCache.CachedFeed oroe = app.feeds().requireFeed("oroe");
        app.feeds().rebuildStale();
        Instant now = Instant.now();
        app.items().save(new Item("test:everywhere", "test", ItemKind.ANNOUNCEMENT, "Kommunevalg", "", null, null,
                false, "", "", now, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(3)), Set.of(), null));

        assertTrue(app.feeds().rebuildStale() >= 2);
        assertNotEquals(tuse.etag(), app.feeds().requireFeed("tuse").etag());
        assertNotEquals(oroe.etag(), app.feeds().requireFeed("oroe").etag());
        app.items().delete("test:everywhere");
    }

    @Test
    void contentCannotBeWrittenOutsideAContentTransaction() {
        Instant now = Instant.now();
        Item item = new Item("test:sneaky", "test", ItemKind.ANNOUNCEMENT, "Uden om", "", null, null, false, "", "",
                now, now, now.plus(Duration.ofDays(1)), Set.of("tuse"), null);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> app.db().inTransaction(c -> {
                    ItemRepository.upsert(c, item, now);
                    return null;
                }));
        assertTrue(e.getMessage().contains("inContentTransaction"), e.getMessage());
        assertFalse(new String(app.feeds().requireFeed("tuse").body(), StandardCharsets.UTF_8).contains("Uden om"));
    }
}
