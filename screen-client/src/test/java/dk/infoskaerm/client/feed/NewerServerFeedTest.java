package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.FeedReading;
import dk.infoskaerm.content.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed from a newer server (fixture {@code feeds/newer-server.json}): the Mørkøv feed with fields this client does
 * not know, at the top and on slides, and slides of kinds it does not know ({@code poll}, {@code weather}) between
 * the known ones.
 */
class NewerServerFeedTest {

    private static final String NEWER = "feeds/newer-server.json";
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final List<String> KNOWN_IDS =
            List.of("ev-julemarked", "mt-dialogmoede", "nw-lokalforum", "an-loppemarked", "ur-vand");

    @TempDir
    Path dir;

    @Test
    void readerKeepsTheKnownSlidesInOrderAndSkipsTheUnknownKinds() throws Exception {
        FeedReading reading = Json.readFeedReporting(Fixtures.bytes(NEWER));

        assertEquals(KNOWN_IDS, ids(reading.feed()));
        assertEquals(List.of("poll", "weather"), reading.skippedKinds());
        assertEquals(Fixtures.moerkoev(), reading.feed(), "unknown fields are ignored, known ones read as before");
    }

    @Test
    void pollerAcceptsTheFeedCachesItAndLogsTheSkipOnce() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        FeedCache cache = new FeedCache(dir);
        CurrentFeed current = new CurrentFeed(null, cache.pictures());
        try (FeedServer server = new FeedServer()) {
            FeedPoller poller = new FeedPoller(new FeedClient(server.url(), "moerkoev"), cache, current, null, POLL,
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            server.publish(Fixtures.bytes(NEWER), "\"newer-1\"");

            assertEquals(POLL, poller.pollOnce(), "accepted, no back-off");
            assertEquals(POLL, poller.pollOnce());
            server.publish(Fixtures.bytes(NEWER), "\"newer-2\"");
            assertEquals(POLL, poller.pollOnce());

            assertEquals(List.of("null", "\"newer-1\"", "\"newer-1\""), server.ifNoneMatch);
        }
        assertEquals("\"newer-2\"", current.applied().etag());
        assertEquals(KNOWN_IDS, ids(current.find().orElseThrow()));
        assertEquals(KNOWN_IDS, ids(new FeedCache(dir).load().orElseThrow().feed()), "read back after a restart");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, logged.lines().filter(l -> l.contains("skipped 2 slide(s)")).count(), logged);
        assertTrue(logged.contains("(poll, weather)"), logged);
        assertFalse(logged.contains("not a valid feed"), logged);
    }

    private static List<String> ids(Feed feed) {
        return feed.slides().stream().map(Slide::id).toList();
    }
}
