package dk.infoskaerm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.Main;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.RenderedFrame;
import dk.infoskaerm.server.InfoskaermServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real server and the real screen client together: an item from the database ends up on the screen. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenEndToEndIT {

    private static final String TITLE = "Sankthansbål ved Mørkøv Sø";

    private InfoskaermServer server;
    private String base;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        server = InfoskaermServer.start(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1",
                        "infoskaerm.data", dataDir.toString())))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build());
        base = "http://127.0.0.1:" + server.port();
    }

    /** Saves an event for Mørkøv two days ahead, as an editor would, and lets the feeds rebuild. */
    private void saveEvent(String id, String title) {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        server.app().items().save(new Item(id, "e2e", ItemKind.EVENT, title, "Båltale ved formanden for lokalforum.",
                start, start.plus(Duration.ofHours(3)), false, "Mørkøv Sø", "", null, null, null,
                Set.of("moerkoev"), null));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void renderedFrameShowsItemFromTheDatabase(@TempDir Path dir) throws Exception {
        saveEvent("e2e:baal", TITLE);
        Feed feed = Json.readFeed(fetch("/api/v1/screens/moerkoev/feed"));
        Instant at = instantShowing(feed, "e2e:baal");
        Path png = dir.resolve("frame.png");

        Run run = client("--render-to", png.toString(), "--server", base, "--screen", "moerkoev",
                "--at", at.toString(), "--size", "1920x1080");

        assertEquals(0, run.code, run.err);
        assertTrue(run.out.contains("slide e2e:baal \"" + TITLE + "\""), run.out);
        BufferedImage frame = ImageIO.read(png.toFile());
        assertEquals(1920, frame.getWidth());
        assertEquals(1080, frame.getHeight());
        RenderedFrame expected = FrameRenderer.render(feed, at, 1920, 1080);
        assertEquals("e2e:baal", expected.slide().id());
        assertTrue(samePixels(expected.image(), frame), "the client drew the server's feed as the renderer does");
        assertTrue(textPixels(frame, expected.layout().titleBox()) > 2_000, "the title box has text");
    }

    @Test
    void changedTitleInTheDatabaseChangesTheFrame(@TempDir Path dir) throws Exception {
        saveEvent("e2e:loppe", "Loppemarked i præstegården");
        Feed feed = Json.readFeed(fetch("/api/v1/screens/moerkoev/feed"));
        Instant at = instantShowing(feed, "e2e:loppe");
        Path before = dir.resolve("before.png");
        assertEquals(0, client("--render-to", before.toString(), "--server", base, "--screen", "moerkoev",
                "--at", at.toString()).code);

        saveEvent("e2e:loppe", "Aflyst: Loppemarked i præstegården");

        Path after = dir.resolve("after.png");
        Run run = client("--render-to", after.toString(), "--server", base, "--screen", "moerkoev",
                "--at", at.toString());
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.contains("slide e2e:loppe \"Aflyst: Loppemarked i præstegården\""), run.out);
        Rectangle title = FrameRenderer.render(feed, at, 1920, 1080).layout().titleBox();
        assertFalse(samePixels(crop(ImageIO.read(before.toFile()), title), crop(ImageIO.read(after.toFile()), title)),
                "the new title is drawn");
    }

    @Test
    void displayLoopWritesFramesWithTheServersContentAndKeepsTheFeedOnDisk(@TempDir Path dir) throws Exception {
        saveEvent("e2e:koncert", "Koncert i kirken");
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "server.url = " + base + "\nscreen.id = moerkoev\ndisplay.mode = headless\n"
                + "cache.dir = cache\nframes.dir = frames\npoll.seconds = 5\n", StandardCharsets.UTF_8);
        Thread loop = Thread.ofPlatform().name("client-loop").start(() ->
                Main.run(new String[] {"--config", config.toString()}, new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(new ByteArrayOutputStream())));
        try {
            Path frame = dir.resolve("frames/moerkoev.png");
            Path cached = dir.resolve("cache/feed.json");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while ((!Files.exists(frame) || !Files.exists(cached)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(frame), "a frame was written to " + frame);
            BufferedImage image = ImageIO.read(frame.toFile());
            assertNotNull(image);
            Feed onDisk = Json.readFeed(Files.readAllBytes(cached));
            assertTrue(onDisk.slides().stream().anyMatch(s -> s.id().equals("e2e:koncert")), "the cached feed is the server's");
        } finally {
            loop.interrupt();
            loop.join(Duration.ofSeconds(10));
        }
    }

    private byte[] fetch(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    /** An instant within the next loop at which the rotation shows the slide {@code id}. */
    private static Instant instantShowing(Feed feed, String id) {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 3600; i++, t = t.plusSeconds(1)) {
            if (FrameRenderer.slideAt(feed, t).map(s -> s.id().equals(id)).orElse(false)) {
                return t;
            }
        }
        throw new AssertionError("slide " + id + " is not shown within the hour");
    }

    private static Run client(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BufferedImage crop(BufferedImage image, Rectangle box) {
        return image.getSubimage(box.x, box.y, box.width, box.height);
    }

    /** Pixels in {@code box} that differ strongly from the box's corner colour (its background). */
    private static int textPixels(BufferedImage image, Rectangle box) {
        int background = image.getRGB(box.x, box.y);
        int count = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (distance(image.getRGB(x, y), background) > 120) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    private record Run(int code, String out, String err) {
    }
}
