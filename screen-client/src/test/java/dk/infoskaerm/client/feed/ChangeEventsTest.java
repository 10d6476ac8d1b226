package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.content.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeEventsTest {

    /** Long enough that only a change event can explain a fetch during the test. */
    private static final Duration POLL = Duration.ofHours(1);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Test
    void changedEventWithNewEtagFetchesTheNewFeed() throws Exception {
        try (FeedServer server = new FeedServer()) {
            CurrentFeed current = new CurrentFeed(null);
            FeedPoller poller = poller(server, current);
            Thread polling = Thread.ofPlatform().daemon().start(poller);
            Thread listening = Thread.ofPlatform().daemon().start(new ChangeEvents(server.url(), "moerkoev", poller, log()));
            try {
                waitFor(() -> FeedServer.ETAG.equals(current.applied().etag()), "the first feed is fetched");
                int fetches = server.ifNoneMatch.size();

                byte[] renamed = Json.writeFeed(Fixtures.renamed(Fixtures.moerkoev(), "Mørkøv Brugs, ny udgave"));
                server.publish(renamed, "\"moerkoev-2\"");

                waitFor(() -> "\"moerkoev-2\"".equals(current.applied().etag()), "the announced feed is fetched");
                assertEquals("Mørkøv Brugs, ny udgave", current.find().orElseThrow().screenName());
                assertEquals(FeedServer.ETAG, server.ifNoneMatch.get(fetches), "the refetch sends the old ETag");
            } finally {
                listening.interrupt();
                polling.interrupt();
            }
        }
    }

    @Test
    void withoutEventsThePollerGoesOnAndTheProblemIsSaidOnce() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.withoutEvents();
            CurrentFeed current = new CurrentFeed(null);
            FeedPoller poller = poller(server, current);
            Thread listening = Thread.ofPlatform().daemon().start(new ChangeEvents(server.url(), "moerkoev", poller, log()));
            try {
                waitFor(() -> text().contains("polling meanwhile"), "the missing events are reported");
                poller.pollOnce();
                assertEquals(FeedServer.ETAG, current.applied().etag(), "polling still works");
                assertTrue(text().contains("/api/v1/screens/moerkoev/events: HTTP 404"), text());
                assertEquals(1, text().lines().count(), text());
            } finally {
                listening.interrupt();
            }
        }
    }

    @Test
    void stoppingWhileConnectedEndsQuietly() throws Exception {
        try (FeedServer server = new FeedServer()) {
            CurrentFeed current = new CurrentFeed(null);
            FeedPoller poller = poller(server, current);
            ChangeEvents events = new ChangeEvents(server.url(), "moerkoev", poller, log());
            Thread listening = Thread.ofPlatform().daemon().start(events);
            waitFor(events::connected, "the event stream is open");
            listening.interrupt();
            listening.join(Duration.ofSeconds(10));
            assertFalse(listening.isAlive(), "the listener stopped");
            assertEquals("", text(), "a stop is not a network problem");
        }
    }

    private FeedPoller poller(FeedServer server, CurrentFeed current) {
        return new FeedPoller(new FeedClient(server.url(), "moerkoev"), new FeedCache(dir), current, null, POLL, log());
    }

    private PrintStream log() {
        return new PrintStream(log, true, StandardCharsets.UTF_8);
    }

    private String text() {
        return log.toString(StandardCharsets.UTF_8);
    }

    private void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what + " (log: " + text() + ")");
    }
}
