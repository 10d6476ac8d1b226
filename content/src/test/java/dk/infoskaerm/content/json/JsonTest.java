package dk.infoskaerm.content.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    private static Feed sampleFeed() {
        Slide meeting = new Slide("demo:moede", ItemKind.MEETING, "Dialogmøde med Teknik- og Miljøudvalget",
                "Kom og tal om stier & busser", Instant.parse("2026-12-01T18:00:00Z"),
                Instant.parse("2026-12-01T20:00:00Z"), false, "Mørkøv Hallen", "https://example.org/moede",
                new MeetingDetails(List.of("Anne Hansen", "Bo Jensen"), "Teknik- og Miljøudvalget", "Tilmelding på holbaek.dk"),
                Instant.parse("2026-11-17T18:00:00Z"), Instant.parse("2026-12-01T20:00:00Z"), 12);
        Slide news = new Slide("demo:nyhed", ItemKind.NEWS, "Ny legeplads", "", null, null, false, "", "",
                null, Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-12-04T08:00:00Z"), 8);
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape",
                List.of(meeting, news),
                List.of(new Feed.TickerEntry("Julemarked", Instant.parse("2026-12-05T13:00:00Z"), false,
                        Instant.parse("2026-12-05T13:00:00Z"))));
    }

    @Test
    void feedRoundTripsThroughJson() throws IOException {
        Feed feed = sampleFeed();
        assertEquals(feed, Json.readFeed(Json.writeFeed(feed)));
    }

    @Test
    void writesKindsInLowerCaseAndInstantsAsIso() throws IOException {
        JsonNode tree = Json.mapper().readTree(Json.writeFeed(sampleFeed()));
        assertEquals(1, tree.get("version").asInt());
        JsonNode slide = tree.get("slides").get(0);
        assertEquals("meeting", slide.get("kind").asText());
        assertEquals("2026-12-01T18:00:00Z", slide.get("start").asText());
        assertEquals("2026-11-17T18:00:00Z", slide.get("showFrom").asText());
        assertEquals("Anne Hansen", slide.get("meeting").get("politicians").get(0).asText());
    }

    @Test
    void refusesUnknownVersion() {
        byte[] json = "{\"version\":99,\"screenId\":\"x\",\"slides\":[]}".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Json.readFeed(json));
        assertTrue(e.getMessage().contains("unsupported feed version 99"), e.getMessage());
    }

    @Test
    void skipsSlidesOfUnknownKindsAndKeepsTheRestInOrder() throws IOException {
        byte[] json = feedWith(slide("a", "\"event\""), slide("b", "\"party\""), slide("c", "\"news\""),
                slide("d", "\"party\""), slide("e", "\"poll\""));

        FeedReading reading = Json.readFeedReporting(json);

        assertEquals(List.of("a", "c"), reading.feed().slides().stream().map(Slide::id).toList());
        assertEquals(List.of("party", "party", "poll"), reading.skippedKinds());
        assertEquals(List.of("party", "poll"), List.copyOf(reading.unknownKinds()));
        assertEquals(List.of("a", "c"), Json.readFeed(json).slides().stream().map(Slide::id).toList());
    }

    @Test
    void readsAFeedOfKnownKindsWithNothingSkipped() throws IOException {
        FeedReading reading = Json.readFeedReporting(Json.writeFeed(sampleFeed()));

        assertEquals(sampleFeed(), reading.feed());
        assertEquals(List.of(), reading.skippedKinds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "42", "not json", "{\"screenId\":\"x\",\"slides\":[]}",
            "{\"version\":\"1\",\"screenId\":\"x\"}", "{\"version\":1}"})
    void refusesBrokenDocuments(String document) {
        assertThrows(IOException.class, () -> Json.readFeed(document.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "42", "{}", "[\"event\"]"})
    void refusesASlideWhoseKindIsNotAString(String kind) {
        byte[] json = feedWith(slide("a", "\"event\""), slide("b", kind));

        assertThrows(IOException.class, () -> Json.readFeed(json));
    }

    @Test
    void refusesASlideWithoutKind() {
        byte[] json = feedWith(slide("a", "\"event\"").replace("\"kind\":\"event\",", ""));

        assertThrows(IOException.class, () -> Json.readFeed(json));
    }

    private static String slide(String id, String kindJson) {
        return "{\"id\":\"" + id + "\",\"kind\":" + kindJson + ",\"title\":\"t\",\"showFrom\":\"2026-01-01T00:00:00Z\","
                + "\"showUntil\":\"2026-01-02T00:00:00Z\",\"dwellSeconds\":8}";
    }

    private static byte[] feedWith(String... slides) {
        return ("{\"version\":1,\"screenId\":\"x\",\"addedLater\":{\"a\":1},\"slides\":["
                + String.join(",", slides) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
