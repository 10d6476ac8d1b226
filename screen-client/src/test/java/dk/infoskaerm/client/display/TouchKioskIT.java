package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.infoskaerm.client.Main;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.render.BrowseView;
import dk.infoskaerm.render.FrameRenderer;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The touch kiosk in the real client, full-screen on Xvfb, tapped and typed at with xdotool as a user would: a tap
 * leaves the slides for the browse view, a tap on a tile shows its details, the back tile returns; the keyboard does
 * the same; 30 s without input bring the slides back. Each step is checked on a Robot screenshot against the page the
 * renderer draws for it.
 */
class TouchKioskIT {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;

    @TempDir
    Path dir;

    private String display;

    @Test
    void tapsAndKeysBrowseAndDetailsThenTheLoopAfterThirtySeconds() throws Exception {
        Instant now = Instant.now();
        Feed feed = feed(now);
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.write(cache.resolve("feed.json"), Json.writeFeed(feed));
        Path config = Files.writeString(dir.resolve("client.properties"), """
                server.url = http://127.0.0.1:9
                screen.id = moerkoev
                display.mode = fullscreen
                touch = on
                """, StandardCharsets.UTF_8);
        List<Process> started = new ArrayList<>();
        try {
            display = TestX.startXvfb(dir, started, WIDTH, HEIGHT);
            Path log = dir.resolve("client.log");
            Process client = TestX.java(display, log, Main.class.getName(), "--config", config.toString());
            started.add(client);
            TestX.awaitLine(log, "window: first frame shown", client);
            Thread.sleep(WindowDisplay.FADE_MILLIS + 300);
            assertShows("the slides", at -> FrameRenderer.render(feed, at, WIDTH, HEIGHT).image());

            xdotool("mousemove", "480", "300", "click", "1");
            BrowseView.Page browse = BrowseView.browse(feed, Instant.now(), WIDTH, HEIGHT, -1);
            assertEquals(3, browse.tiles().size());
            assertShows("the browse view", at -> BrowseView.browse(feed, at, WIDTH, HEIGHT, -1).image());

            Rectangle second = browse.tiles().get(1).bounds();
            Slide secondItem = BrowseView.items(feed, now).get(1);
            xdotool("mousemove", String.valueOf((int) second.getCenterX()), String.valueOf((int) second.getCenterY()),
                    "click", "1");
            assertShows("the details", at -> BrowseView.details(secondItem, WIDTH, HEIGHT, false).image());

            Rectangle back = BrowseView.details(secondItem, WIDTH, HEIGHT, false).tiles().getFirst().bounds();
            xdotool("mousemove", String.valueOf((int) back.getCenterX()), String.valueOf((int) back.getCenterY()),
                    "click", "1");
            assertShows("the browse view again", at -> BrowseView.browse(feed, at, WIDTH, HEIGHT, -1).image());

            xdotool("key", "Escape");
            assertShows("the slides after Escape", at -> FrameRenderer.render(feed, at, WIDTH, HEIGHT).image());
            xdotool("key", "Return");
            assertShows("the browse view by key", at -> BrowseView.browse(feed, at, WIDTH, HEIGHT, 0).image());
            xdotool("key", "Right");
            xdotool("key", "Return");
            assertShows("the details by key", at -> BrowseView.details(secondItem, WIDTH, HEIGHT, true).image());

            Thread.sleep(31_000);
            assertShows("the slides after 30 s without input",
                    at -> FrameRenderer.render(feed, at, WIDTH, HEIGHT).image());
        } finally {
            TestX.stop(started);
        }
    }

    /** Today in two hours, tomorrow and in ten days, and a news item that the browse view leaves out. */
    private static Feed feed(Instant now) {
        List<Slide> slides = new ArrayList<>();
        String[] titles = {"Fællesspisning i forsamlingshuset", "Dialogmøde om cykelstier", "Julemarked i hallen"};
        long[] hours = {2, 26, 240};
        for (int i = 0; i < 3; i++) {
            Instant start = now.truncatedTo(ChronoUnit.HOURS).plus(hours[i], ChronoUnit.HOURS);
            slides.add(new Slide("item-" + i, i == 1 ? ItemKind.MEETING : ItemKind.EVENT, titles[i],
                    "Alle er velkomne.", start, start.plusSeconds(7200), false, "Mørkøv", "https://moerkoev.dk/" + i,
                    null, Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), 600));
        }
        slides.add(new Slide("news", ItemKind.NEWS, "Nyt fra lokalforum", "Referat fra mødet.", null, null, false,
                "", "", null, Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), 600));
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape", slides,
                List.of());
    }

    private void xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("xdotool.log").toFile());
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "xdotool finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("xdotool.log")));
    }

    /** A screenshot equals what {@code expected} draws for its moment, within a few seconds. */
    private void assertShows(String what, Function<Instant, BufferedImage> expected) throws Exception {
        long differing = -1;
        Path shot = dir.resolve("shot.png");
        for (int attempt = 0; attempt < 10; attempt++) {
            Thread.sleep(400);
            Process grab = TestX.java(display, dir.resolve("grab.log"), ScreenGrab.class.getName(), shot.toString(),
                    String.valueOf(WIDTH), String.valueOf(HEIGHT));
            assertTrue(grab.waitFor(30, TimeUnit.SECONDS), "the screen grab finished");
            BufferedImage screen = ImageIO.read(shot.toFile());
            BufferedImage wanted = expected.apply(Instant.now());
            differing = 0;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    differing += screen.getRGB(x, y) == wanted.getRGB(x, y) ? 0 : 1;
                }
            }
            if (differing <= WIDTH * HEIGHT / 1000) {
                return;
            }
        }
        Files.copy(shot, dir.resolve("failed.png"));
        fail("the screen does not show " + what + ": " + differing + " pixels differ");
    }
}
