package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.infoskaerm.client.display.HeadlessDisplay;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two days without a server, in simulated time: a clock the test moves on, the poller's waits taken from the delays
 * it returns, and the headless display asked for its frame at every step.
 */
class LongOutageTest {

    private static final Duration POLL = Duration.ofSeconds(30);
    private static final Duration OUTAGE = Duration.ofHours(48);
    private static final Duration STEP = Duration.ofMinutes(2);
    /** Monday 23 November 2026, 07:00 in Copenhagen: opening time. */
    private static final Instant START = Instant.parse("2026-11-23T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void twoDaysOfflineKeepShowingValidSlidesInOpeningHoursWithFlatHeapAndThreadsAndReconnectWithinBackoffCap()
            throws Exception {
        SteppedClock clock = new SteppedClock(START);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        Feed feed = outageFeed();
        Map<String, Slide> slides = feed.slides().stream().collect(Collectors.toMap(Slide::id, Function.identity()));
        FeedCache cache = new FeedCache(dir.resolve("cache"));
        CurrentFeed current = new CurrentFeed(null, cache.pictures());
        HeadlessDisplay display = new HeadlessDisplay(current, dir.resolve("frames"), "moerkoev", 320, 180, clock,
                logStream, () -> { });
        FeedServer server = new FeedServer();
        int port = server.url().getPort();
        server.publish(Json.writeFeed(feed), "\"before\"");
        FeedPoller poller = new FeedPoller(new FeedClient(server.url(), "moerkoev"), cache, current, null, POLL, clock,
                logStream);
        poller.pollOnce();
        assertEquals("\"before\"", current.applied().etag());
        server.close();

        Instant end = START.plus(OUTAGE);
        TreeSet<Instant> moments = new TreeSet<>();
        for (Instant t = START; t.isBefore(end); t = t.plus(STEP)) {
            moments.add(t);
        }
        // the edges of every slide's window, to the second
        for (Slide slide : feed.slides()) {
            for (Instant edge : List.of(slide.showFrom(), slide.showUntil())) {
                for (long s = -1; s <= 1; s++) {
                    moments.add(edge.plusSeconds(s));
                }
            }
        }
        moments.removeIf(t -> t.isBefore(START) || !t.isBefore(end));
        Instant nextPoll = START;
        int polls = 0;
        Snapshot before = null;
        int slidesShown = 0;
        int darkShown = 0;
        for (Instant t : moments) {
            clock.set(t);
            if (!t.isBefore(nextPoll)) {
                nextPoll = t.plus(poller.pollOnce());
                polls++;
            }
            if (before == null) {
                before = Snapshot.take();
            }
            String showing = display.refresh();
            boolean open = feed.isOpenAt(t);
            if (!open) {
                assertEquals("dark", showing, "outside opening hours at " + t);
                darkShown++;
            } else if (feed.slidesAt(t).isEmpty()) {
                assertEquals("idle", showing, "nothing valid at " + t);
            } else {
                Slide slide = slides.get(showing);
                assertTrue(slide != null, "a slide, not " + showing + ", at " + t);
                assertTrue(!t.isBefore(slide.showFrom()) && t.isBefore(slide.showUntil()),
                        slide.id() + " shown at " + t + " outside " + slide.showFrom() + "–" + slide.showUntil());
                slidesShown++;
            }
            if (t.getEpochSecond() % 3600 == 0) {
                assertFrame(display.target(), open, t);
            }
        }
        Snapshot after = Snapshot.take();

        assertEquals(current.applied().etag(), "\"before\"", "the feed from before the outage is kept");
        assertTrue(slidesShown > 500 && darkShown > 500, slidesShown + " slide and " + darkShown + " dark moments");
        assertTrue(polls >= OUTAGE.dividedBy(FeedPoller.maxBackoff()) && polls <= OUTAGE.dividedBy(
                FeedPoller.maxBackoff().dividedBy(2)) + 10, polls + " polls in 48 h");
        long logLines = log.toString(StandardCharsets.UTF_8).lines().count();
        assertTrue(logLines <= 5, "the outage is reported once, not per retry: " + log);
        System.out.printf("48 h outage: %d polls; heap after GC %d -> %d KiB; threads %d -> %d%n", polls,
                before.heapBytes() / 1024, after.heapBytes() / 1024, before.threads(), after.threads());
        assertTrue(after.heapBytes() - before.heapBytes() < 8 * 1024 * 1024,
                "heap grew from " + before.heapBytes() + " to " + after.heapBytes() + " bytes");
        assertTrue(after.threads() - before.threads() <= 1,
                "threads grew from " + before.threads() + " to " + after.threads());

        try (FeedServer back = new FeedServer(port)) {
            back.publish(Json.writeFeed(feed), "\"after\"");
            Instant backAt = clock.instant().plusSeconds(1);
            Instant limit = backAt.plus(FeedPoller.maxBackoff().multipliedBy(2));
            for (Instant t = backAt; !"\"after\"".equals(current.applied().etag()); t = t.plusSeconds(1)) {
                if (t.isAfter(limit)) {
                    fail("no fetch within twice the backoff cap after the server came back: " + log);
                }
                clock.set(t);
                if (!t.isBefore(nextPoll)) {
                    nextPoll = t.plus(poller.pollOnce());
                }
            }
            Duration reconnect = Duration.between(backAt, current.applied().appliedAt());
            System.out.println("48 h outage: fetched again " + reconnect.toSeconds() + " s after the server came back");
            assertTrue(reconnect.compareTo(FeedPoller.maxBackoff()) <= 0, "reconnected after " + reconnect);
        }
    }

    /** The frame on disk is black when closed, and more than one colour when open. */
    private static void assertFrame(Path file, boolean open, Instant at) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        int first = image.getRGB(0, 0);
        boolean uniform = true;
        for (int y = 0; y < image.getHeight() && uniform; y += 3) {
            for (int x = 0; x < image.getWidth() && uniform; x += 3) {
                uniform = image.getRGB(x, y) == first;
            }
        }
        if (open) {
            assertTrue(!uniform, "a blank frame at " + at);
        } else {
            assertTrue(uniform && (first & 0xFFFFFF) == 0, "not black at " + at);
        }
    }

    /** Open 07:00–22:00 every day, black outside; slides expiring at odd moments through the two days. */
    private static Feed outageFeed() {
        OpeningHours hours = new OpeningHours(List.of(new OpeningHours.Period(EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(7, 0), LocalTime.of(22, 0))), OpeningHours.Outside.DARK);
        List<Slide> slides = List.of(
                slide("kort", ItemKind.NEWS, START.minusSeconds(3600), START.plusSeconds(5 * 3600 + 797)),
                slide("dag", ItemKind.EVENT, START.minusSeconds(3600), START.plusSeconds(26 * 3600 + 11)),
                slide("senere", ItemKind.ANNOUNCEMENT, START.plusSeconds(30 * 3600 + 7),
                        START.plusSeconds(40 * 3600 + 1799)),
                slide("lang", ItemKind.ANNOUNCEMENT, START.minusSeconds(3600), START.plusSeconds(34 * 3600 + 59)));
        Feed base = dk.infoskaerm.client.Fixtures.moerkoev();
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape", slides,
                base.ticker(), hours);
    }

    private static Slide slide(String id, ItemKind kind, Instant from, Instant until) {
        Instant start = kind == ItemKind.NEWS ? null : until.plusSeconds(3600);
        return new Slide(id, kind, "Slide " + id, "Gælder til " + until, start,
                start == null ? null : start.plusSeconds(3600), false, kind == ItemKind.NEWS ? "" : "Mørkøv Hallen",
                "", null, from, until, 10);
    }

    /** Used heap after a full collection, and live threads. */
    private record Snapshot(long heapBytes, int threads) {
        static Snapshot take() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return new Snapshot(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    ManagementFactory.getThreadMXBean().getThreadCount());
        }
    }

    /** A clock that stands still until the test moves it. */
    private static final class SteppedClock extends Clock {
        private volatile Instant now;

        SteppedClock(Instant start) {
            now = start;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
