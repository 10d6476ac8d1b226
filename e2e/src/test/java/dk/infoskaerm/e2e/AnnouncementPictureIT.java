package dk.infoskaerm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.ScreenClient;
import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.RenderedFrame;
import dk.infoskaerm.server.InfoskaermServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo announcement's picture from the seed file travels as a real upload would: stored by the server, named in
 * the feed, fetched and kept on disk by the client before it applies the feed, and drawn from the cache when the
 * server is gone.
 */
class AnnouncementPictureIT {

    private static final String SLIDE = "demo:moerkoev-opslag-stande";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream clientLog = new ByteArrayOutputStream();

    @Test
    void thePictureIsCachedWithTheFeedAndDrawnOffline() throws Exception {
        Path config;
        Slide slide;
        try (InfoskaermServer server = InfoskaermServer.start(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1",
                        "infoskaerm.data", dir.resolve("data").toString())))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build())) {
            config = Files.writeString(dir.resolve("client.properties"), "server.url = http://127.0.0.1:"
                    + server.port() + "\nscreen.id = moerkoev\ndisplay.mode = headless\npoll.seconds = 3600\n");
            Settings settings = Settings.load(config, true, false);
            Files.createDirectories(settings.cacheDir());
            PrintStream log = new PrintStream(clientLog, true, StandardCharsets.UTF_8);
            try (ScreenClient client = new ScreenClient(settings, false, log, log).start()) {
                CurrentFeed current = client.current();
                Instant deadline = Instant.now().plusSeconds(30);
                while (current.find().isEmpty() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
                Feed feed = current.find().orElseThrow(() -> new AssertionError("no feed: " + clientLog));
                slide = feed.slides().stream().filter(s -> s.id().equals(SLIDE)).findFirst()
                        .orElseThrow(() -> new AssertionError("the seed's announcement is not in the feed"));
                assertEquals("/api/v1/images/seed-moerkoev-opslag-stande", slide.image());
                // applied only after its picture was on disk
                assertTrue(current.pictures().find(slide.image()).isPresent(), "picture not at hand: " + clientLog);
                try (Stream<Path> files = Files.list(settings.cacheDir().resolve("images"))) {
                    assertEquals(1, files.count(), "one picture on disk");
                }
            }
        }

        // The server is gone: a new client on the same cache still draws the picture.
        Settings settings = Settings.load(config, true, false);
        try (ScreenClient offline = new ScreenClient(settings, false, new PrintStream(clientLog, true,
                StandardCharsets.UTF_8), new PrintStream(clientLog, true, StandardCharsets.UTF_8))) {
            Feed cached = offline.current().find().orElseThrow();
            Instant at = Instant.now();
            for (int s = 0; s < 600 && !SLIDE.equals(FrameRenderer.showingAt(cached, at)); s++) {
                at = at.plus(Duration.ofSeconds(1));
            }
            RenderedFrame frame = FrameRenderer.render(cached, at, 1920, 1080, offline.current().pictures());
            assertEquals(SLIDE, frame.slide().id());
            Rectangle box = frame.layout().imageBox();
            assertFalse(box.isEmpty(), "no picture panel");
            // the demo picture is a market under a blue sky: many colours, unlike the plain panel around it
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = box.y; y < box.y + box.height; y += 4) {
                for (int x = box.x; x < box.x + box.width; x += 4) {
                    colours.add(frame.image().getRGB(x, y) & 0xF0F0F0);
                }
            }
            assertTrue(colours.size() > 20, "the panel holds no picture: " + colours.size() + " colours");
            Color sky = new Color(frame.image().getRGB(box.x + box.width / 2, box.y + box.height / 4 + 10));
            assertTrue(sky.getBlue() > sky.getRed(), "expected the picture's sky, got " + sky);
        }
    }
}
