package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
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
    void aNewFeedIsShownOnlyOnceItsPictureIsInTheCache() throws Exception {
        String picture = "/api/v1/images/loppemarked";
        FeedCache cache = new FeedCache(dir);
        CurrentFeed current = new CurrentFeed(null, cache.pictures());
        try (FeedServer server = new FeedServer()) {
            server.servePictures(png(), Duration.ofMillis(500));
            server.publish(Json.writeFeed(Fixtures.feedOf(List.of(new Slide("opslag", ItemKind.ANNOUNCEMENT,
                    "Loppemarked", "", null, null, false, "", "", null, Instant.parse("2000-01-01T00:00:00Z"),
                    Instant.parse("2100-01-01T00:00:00Z"), 10, picture)))), "\"med-billede\"");
            FeedPoller poller = new FeedPoller(new FeedClient(server.url(), "moerkoev"), cache, current, null, POLL,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            // watches the feed the display would show, and whether its picture was there at that moment
            AtomicReference<Boolean> pictureWhenShown = new AtomicReference<>();
            Thread watcher = Thread.ofPlatform().daemon().start(() -> {
                while (current.applied().etag() == null && !Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                pictureWhenShown.set(Files.exists(cache.pictures().file(picture)));
            });

            try {
                poller.pollOnce();
                watcher.join(Duration.ofSeconds(10));
            } finally {
                watcher.interrupt();
            }

            assertEquals("\"med-billede\"", current.applied().etag());
            assertEquals(Boolean.TRUE, pictureWhenShown.get(), "the picture was in the cache when the feed was shown");
            assertTrue(current.pictures().find(picture).isPresent());
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
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
