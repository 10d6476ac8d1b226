package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.feed.Feed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {

    private static final Duration POLL = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void keepsGoodFeedAndBacksOffWhenServerGoesAway() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CurrentFeed current = new CurrentFeed(null);
        FeedCache cache = new FeedCache(dir);
        FeedPoller poller;
        try (FeedServer server = new FeedServer()) {
            poller = new FeedPoller(new FeedClient(server.url(), "moerkoev"), cache, current, null, POLL,
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            assertEquals(POLL, poller.pollOnce());
            assertEquals(POLL, poller.pollOnce());
            assertEquals(2, server.ifNoneMatch.size());
            assertEquals(FeedServer.ETAG, server.ifNoneMatch.get(1));
        }
        Feed fetched = current.find().orElseThrow();

        Duration delay = poller.pollOnce();

        assertEquals(fetched, current.find().orElseThrow(), "the screen keeps its feed");
        assertEquals("moerkoev", cache.load().orElseThrow().feed().screenId());
        assertTrue(delay.compareTo(POLL.dividedBy(2)) >= 0 && delay.compareTo(POLL) <= 0, delay.toString());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("/api/v1/screens/moerkoev/feed"), log.toString());
    }

    @Test
    void backoffDoublesWithJitterUpToCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), new SplittableRandom(7));

        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(0));
        for (int failures = 1; failures < 40; failures++) {
            long ceiling = Math.min(30_000L << Math.min(failures - 1, 20), 600_000L);
            long delay = backoff.delayAfter(failures).toMillis();
            assertTrue(delay >= ceiling / 2 && delay <= ceiling, failures + " failures: " + delay + " ms");
        }
    }
}
