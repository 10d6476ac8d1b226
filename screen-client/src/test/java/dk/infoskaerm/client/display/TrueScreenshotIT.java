package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.client.feed.CurrentFeed;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heartbeat's screenshot is what the display shows: on Xvfb, the window's capture is its frame while visible, red
 * while a red window covers it, and no longer the frame once the window is taken off the screen. Headless, it is the
 * frame written to disk.
 */
class TrueScreenshotIT {

    @TempDir
    Path dir;

    @Test
    void captureShowsTheFrameThenTheCoverThenWhatIsThereWithoutTheWindow() throws Exception {
        List<Process> started = new ArrayList<>();
        try {
            String display = TestX.startXvfb(dir, started, 640, 480);
            Process probe = TestX.java(display, dir.resolve("probe.log"), CaptureProbe.class.getName(), dir.toString());
            started.add(probe);
            assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe finished");
            assertEquals(0, probe.exitValue(), Files.readString(dir.resolve("probe.log")));

            BufferedImage shown = ImageIO.read(dir.resolve("shown.png").toFile());
            BufferedImage frame = Frames.render(new CurrentFeed(Fixtures.moerkoev()), Fixtures.MONDAY_10, 400, 300).image();
            assertTrue(share(shown, frame) > 0.99, "the visible window's capture is its frame");
            assertTrue(share(ImageIO.read(dir.resolve("covered.png").toFile()), 0xFF0000) > 0.99,
                    "covered: the capture shows the red window over it");
            assertTrue(share(ImageIO.read(dir.resolve("gone.png").toFile()), frame) < 0.2,
                    "off the screen: the capture no longer shows the frame");
        } finally {
            TestX.stop(started);
        }
    }

    @Test
    void headlessCaptureIsTheFrameItWrites() throws Exception {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        HeadlessDisplay display = new HeadlessDisplay(new CurrentFeed(Fixtures.moerkoev()), dir, "moerkoev", 320, 180,
                Clock.fixed(Fixtures.MONDAY_10, ZoneOffset.UTC), log, () -> { });
        display.refresh();
        assertEquals(1.0, share(display.capture().orElseThrow(), ImageIO.read(display.target().toFile())));
    }

    /** The share of pixels that are the same in both. */
    private static double share(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long same = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                same += (a.getRGB(x, y) & 0xFFFFFF) == (b.getRGB(x, y) & 0xFFFFFF) ? 1 : 0;
            }
        }
        return (double) same / ((long) a.getWidth() * a.getHeight());
    }

    /** The share of pixels of colour {@code rgb}. */
    private static double share(BufferedImage image, int rgb) {
        long same = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                same += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return (double) same / ((long) image.getWidth() * image.getHeight());
    }
}
