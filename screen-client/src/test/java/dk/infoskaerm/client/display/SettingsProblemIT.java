package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.infoskaerm.client.Main;
import dk.infoskaerm.client.feed.Notices;
import dk.infoskaerm.client.feed.TechnicianNotice;
import dk.infoskaerm.render.StatusScreen;
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
 * A kiosk started with an unfinished settings file (no server.url), in a real full-screen window on Xvfb: the screen
 * shows the technician's status screen (a Robot screenshot is that screen with the file's screen id, the machine's
 * address and the Danish problem), and once the file is fixed the client starts by itself.
 */
class SettingsProblemIT {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;

    @TempDir
    Path dir;

    @Test
    void unfinishedSettingsShowTheStatusScreenUntilTheFileIsFixed() throws Exception {
        Path config = Files.writeString(dir.resolve("client.properties"), "screen.id = moerkoev\n",
                StandardCharsets.UTF_8);
        List<Process> started = new ArrayList<>();
        try {
            String display = TestX.startXvfb(dir, started, WIDTH, HEIGHT);
            Path log = dir.resolve("client.log");
            Process client = TestX.java(display, log, Main.class.getName(), "--config", config.toString());
            started.add(client);
            TestX.awaitLine(log, "window: first frame shown", client);
            assertTrue(Files.readString(log).contains("key 'server.url': missing"), Files.readString(log));
            Thread.sleep(500);

            TechnicianNotice notice = Notices.settings(config.toAbsolutePath(), "server.url", "moerkoev", null);
            assertEquals("Indstillingen server.url i " + config.toAbsolutePath() + " mangler eller er forkert.",
                    notice.problem());
            assertShows(display, new StatusScreen.Facts("moerkoev", null, MachineAddress.find(), notice.problem(),
                    notice.remedy()));

            Files.createDirectories(dir.resolve("cache"));
            Files.writeString(config, "server.url = http://127.0.0.1:9\nscreen.id = moerkoev\ndisplay.mode = window\n"
                    + "size = 640x360\n", StandardCharsets.UTF_8);
            TestX.awaitLine(log, "is fine now; starting", client);
            TestX.awaitLine(log, "screen-client: screen moerkoev from http://127.0.0.1:9", client);
            assertTrue(client.isAlive(), Files.readString(log));
        } finally {
            TestX.stop(started);
        }
    }

    private void assertShows(String display, StatusScreen.Facts facts) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            Path shot = dir.resolve("shot" + attempt + ".png");
            Instant before = Instant.now();
            Process grab = TestX.java(display, dir.resolve("grab.log"), ScreenGrab.class.getName(), shot.toString(),
                    String.valueOf(WIDTH), String.valueOf(HEIGHT));
            assertTrue(grab.waitFor(30, TimeUnit.SECONDS), "the screen grab finished");
            assertEquals(0, grab.exitValue(), Files.readString(dir.resolve("grab.log")));
            Instant after = Instant.now();
            if (before.getEpochSecond() / 60 != after.getEpochSecond() / 60) {
                continue;   // the clock on the status screen turned over while we looked
            }
            BufferedImage screen = ImageIO.read(shot.toFile());
            BufferedImage expected = StatusScreen.render(facts, after, WIDTH, HEIGHT);
            long differing = 0;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    differing += screen.getRGB(x, y) == expected.getRGB(x, y) ? 0 : 1;
                }
            }
            assertTrue(differing <= WIDTH * HEIGHT / 1000, differing + " pixels differ from the status screen; see "
                    + shot);
            return;
        }
        fail("the minute turned over during every screenshot");
    }
}
