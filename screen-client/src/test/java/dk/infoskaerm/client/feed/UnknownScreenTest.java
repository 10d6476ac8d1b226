package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.display.HeadlessDisplay;
import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.render.FrameRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownScreenTest {

    private static final Duration POLL = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void serverWithoutTheScreenGivesATechniciansNoticeNotTheWelcomeSlide() throws Exception {
        Clock clock = Clock.fixed(Fixtures.MONDAY_10, ZoneOffset.UTC);
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        FeedCache cache = new FeedCache(dir.resolve("cache"));
        CurrentFeed current = new CurrentFeed(null, cache.pictures());
        HeadlessDisplay display = new HeadlessDisplay(current, dir.resolve("frames"), "x", 640, 360, clock, log,
                () -> { });
        try (FeedServer server = new FeedServer()) {
            FeedPoller poller = new FeedPoller(new FeedClient(server.url(), "x"), cache, current, null, POLL, clock,
                    log);

            poller.pollOnce();

            assertEquals(new TechnicianNotice("x", server.url().toString(), "Serveren kender ikke skærmen 'x' (svar 404).",
                    "Spørg administratoren om skærmens id, og ret screen.id i client.properties."),
                    current.findNotice().orElseThrow());
            assertEquals("notice", display.refresh());
            BufferedImage frame = ImageIO.read(display.target().toFile());
            BufferedImage welcome = FrameRenderer.render(null, Fixtures.MONDAY_10, 640, 360).image();
            assertTrue(colours(frame) > 2, "a blank frame");
            assertTrue(differs(frame, welcome), "the citizens' idle slide");

            poller.reconfigure(new FeedClient(server.url(), "moerkoev"), POLL);
            poller.pollOnce();

            assertFalse(current.findNotice().isPresent(), "the notice goes once the server knows the screen");
            assertTrue(current.find().orElseThrow().slideAt(Fixtures.MONDAY_10).isPresent());
            assertEquals(current.find().orElseThrow().slideAt(Fixtures.MONDAY_10).orElseThrow().id(),
                    display.refresh());
        }
    }

    @Test
    void unreachableServerWithNothingCachedGivesTheStatusScreenAndWithACacheTheFeed() throws Exception {
        Clock clock = Clock.fixed(Fixtures.MONDAY_10, ZoneOffset.UTC);
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        URI closed = closedLoopbackPort();
        FeedCache cache = new FeedCache(dir.resolve("cache"));
        CurrentFeed empty = new CurrentFeed(null, cache.pictures());
        new FeedPoller(new FeedClient(closed, "moerkoev"), cache, empty, null, POLL, clock, log).pollOnce();

        TechnicianNotice notice = empty.findNotice().orElseThrow();
        assertEquals("moerkoev", notice.screenId());
        assertEquals(closed.toString(), notice.serverUrl());
        assertEquals("Ingen forbindelse til serveren, og skærmen har intet gemt indhold at vise endnu.",
                notice.problem());
        HeadlessDisplay display = new HeadlessDisplay(empty, dir.resolve("frames"), "moerkoev", 640, 360, clock, log,
                () -> { });
        assertEquals("notice", display.refresh());

        CurrentFeed cached = new CurrentFeed(Fixtures.moerkoev(), cache.pictures());
        new FeedPoller(new FeedClient(closed, "moerkoev"), cache, cached, null, POLL, clock, log).pollOnce();
        assertTrue(cached.findNotice().isEmpty(), "an outage with a cached feed is no technician's matter");
    }

    /** A loopback address where nothing listens: a port just opened and closed again. */
    private static URI closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static long colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static boolean differs(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
