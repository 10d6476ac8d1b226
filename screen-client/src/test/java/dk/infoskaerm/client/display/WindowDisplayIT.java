package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.client.Main;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.json.Json;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client in a real window on a real X server (Xvfb, which {@code bin/test-setup} installs), started offline from
 * its cache: a screenshot of the window, taken with {@link java.awt.Robot} in a child JVM, matches the headless render
 * of the same feed at the same instant. Tolerance: at most 0.1% of the pixels may differ by more than 16 in a colour
 * channel (the window shows the very image the renderer drew, so in practice none do).
 */
class WindowDisplayIT {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;

    @TempDir
    Path dir;

    @Test
    void windowShowsWhatTheHeadlessRendererDraws() throws Exception {
        Feed feed = Fixtures.feedOf(List.of(Fixtures.slide(ItemKind.EVENT, "Fællesspisning i forsamlingshuset",
                "Tag familien med; der er mad til alle.", "https://moerkoev.dk/spisning")));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.write(cache.resolve("feed.json"), Json.writeFeed(feed));
        Path config = Files.writeString(dir.resolve("client.properties"), """
                server.url = http://127.0.0.1:9
                screen.id = moerkoev
                display.mode = window
                size = %dx%d
                """.formatted(WIDTH, HEIGHT), StandardCharsets.UTF_8);
        List<Process> started = new ArrayList<>();
        try {
            String display = TestX.startXvfb(dir, started, WIDTH, HEIGHT);
            Path clientLog = dir.resolve("client.log");
            started.add(TestX.java(display, clientLog, Main.class.getName(), "--config", config.toString()));
            TestX.awaitLine(clientLog, "window: first frame shown", started.getLast());
            Thread.sleep(WindowDisplay.FADE_MILLIS + 200);   // nothing fades here, but leave room for a repaint

            for (int attempt = 0; attempt < 3; attempt++) {
                Path shot = dir.resolve("shot" + attempt + ".png");
                Instant before = Instant.now();
                Process grab = TestX.java(display, dir.resolve("grab.log"), ScreenGrab.class.getName(), shot.toString(),
                        String.valueOf(WIDTH), String.valueOf(HEIGHT));
                assertTrue(grab.waitFor(30, TimeUnit.SECONDS), "the screen grab finished");
                assertEquals(0, grab.exitValue(), Files.readString(dir.resolve("grab.log")));
                Instant after = Instant.now();
                if (before.getEpochSecond() / 60 != after.getEpochSecond() / 60) {
                    continue;   // the clock in the footer turned over while we looked; look again
                }
                BufferedImage window = ImageIO.read(shot.toFile());
                // The ticker turns its page every few seconds and the window looks once a second: it may show the
                // frame of a moment before the grab, so compare with the frames of that second, the grab's start and end.
                long differing = Long.MAX_VALUE;
                for (Instant at : List.of(before.minusSeconds(1), before, after)) {
                    differing = Math.min(differing, differing(window, FrameRenderer.renderImage(feed, at, WIDTH, HEIGHT),
                            16));
                }
                assertTrue(differing <= (long) WIDTH * HEIGHT / 1000, differing + " pixels differ; see " + shot);
                return;
            }
            fail("the minute turned over during every screenshot");
        } finally {
            TestX.stop(started);
        }
    }

    private static long differing(BufferedImage a, BufferedImage b, int tolerance) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > tolerance) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

}
