package dk.infoskaerm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.ScreenClient;
import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.heartbeat.Heartbeats;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.server.InfoskaermServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server and the real screen client through an outage: while the server is away the client keeps rotating
 * its cached slides and drops the one that expires; when the server comes back, the change event brings the new feed
 * (the poll interval is an hour, so nothing else could).
 */
class ScreenOfflineRecoveryIT {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream clientLog = new ByteArrayOutputStream();

    @Test
    void keepsRotatingCachedSlidesWhileOfflineAndTakesTheNewFeedOnTheChangeEvent() throws Exception {
        Path data = dir.resolve("data");
        InfoskaermServer server = start(data, 0);
        int port = server.port();
        Instant expires = Instant.now().plusSeconds(8);
        save(server, "e2e:lang", "Vinterbadning ved havnen", null);
        save(server, "e2e:kort", "Sidste chance: tilmelding til juleturen", expires);

        Path config = Files.writeString(dir.resolve("client.properties"), "server.url = http://127.0.0.1:" + port
                + "\nscreen.id = moerkoev\ndisplay.mode = headless\npoll.seconds = 3600\n", StandardCharsets.UTF_8);
        Settings settings = Settings.load(config, true, false);
        Files.createDirectories(settings.cacheDir());
        PrintStream log = new PrintStream(clientLog, true, StandardCharsets.UTF_8);
        try (ScreenClient client = new ScreenClient(settings, false, log, log).start()) {
            Thread display = Thread.ofPlatform().daemon().start(() -> {
                try {
                    client.runDisplay();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CurrentFeed current = client.current();
            waitFor(() -> has(current, "e2e:kort") && has(current, "e2e:lang"), Duration.ofSeconds(30), "first feed");
            Slide kort = slide(current, "e2e:kort");
            assertTrue(kort.showUntil().isBefore(Instant.now().plusSeconds(30)), "the short slide expires soon: " + kort);

            server.close();
            Path frame = settings.framesDir().resolve("moerkoev.png");
            waitFor(() -> Instant.now().isAfter(kort.showUntil().plusSeconds(1)), Duration.ofSeconds(30), "expiry");
            FileTime afterExpiry = Files.getLastModifiedTime(frame);

            Feed cached = current.find().orElseThrow();
            assertTrue(has(current, "e2e:kort"), "offline, the client still holds the feed it had");
            Instant now = Instant.now();
            long round = cached.slidesAt(now).stream().mapToLong(Slide::dwellSeconds).sum();
            Set<String> shownFromNow = new java.util.TreeSet<>();
            for (long s = 0; s <= round; s++) {
                shownFromNow.add(FrameRenderer.showingAt(cached, now.plusSeconds(s)));
            }
            assertFalse(shownFromNow.contains("e2e:kort"), "the expired slide is gone: " + shownFromNow);
            assertTrue(shownFromNow.contains("e2e:lang"), "the others rotate on: " + shownFromNow);
            waitFor(() -> modifiedSince(frame, afterExpiry), Duration.ofSeconds(round + 5),
                    "the headless display keeps writing frames while offline");

            server = start(data, port);
            save(server, "e2e:ny", "Ny: Julekoncert i kirken", null);
            waitFor(() -> has(current, "e2e:ny"), Duration.ofSeconds(120), "the new feed after the server returned");
            Instant applied = current.applied().appliedAt();
            Instant event = client.lastChangeEvent().orElseThrow();
            Duration latency = Duration.between(event, applied);
            System.out.println("ScreenOfflineRecoveryIT: change event to feed applied: " + latency.toMillis() + " ms");
            assertFalse(event.isAfter(applied), "the event came first");
            assertTrue(latency.compareTo(Duration.ofSeconds(1)) < 0, "applied within a second of the event: " + latency);
            assertFalse(has(current, "e2e:kort"), "the server no longer sends the expired slide");
            display.interrupt();
        } finally {
            server.close();
        }
    }

    @Test
    void serverAcceptsTheClientsHeartbeatWithItsDeviceToken() throws Exception {
        Path data = dir.resolve("data");
        InfoskaermServer server = start(data, 0);
        try {
            Properties tokens = new Properties();
            try (Reader in = Files.newBufferedReader(data.resolve("device-tokens.properties"))) {
                tokens.load(in);
            }
            Path config = Files.writeString(dir.resolve("client.properties"), "server.url = http://127.0.0.1:"
                    + server.port() + "\nscreen.id = moerkoev\ndevice.token = " + tokens.getProperty("moerkoev") + "\n");
            Settings settings = Settings.load(config, true, false);
            Heartbeats heartbeats = new Heartbeats(() -> settings, new CurrentFeed(null), Clock.systemUTC(),
                    new PrintStream(clientLog, true, StandardCharsets.UTF_8));

            assertEquals(204, heartbeats.sendOnce(), clientLog.toString(StandardCharsets.UTF_8));
        } finally {
            server.close();
        }
    }

    private static InfoskaermServer start(Path data, int port) {
        return InfoskaermServer.start(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of("server.port", String.valueOf(port), "server.host", "127.0.0.1",
                        "infoskaerm.data", data.toString())))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build());
    }

    private static void save(InfoskaermServer server, String id, String title, Instant visibleUntil) {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        server.app().items().save(new Item(id, "e2e", ItemKind.EVENT, title, "", start, start.plus(Duration.ofHours(2)),
                false, "Mørkøv", "", null, null, visibleUntil, Set.of("moerkoev"), null));
    }

    private static boolean has(CurrentFeed current, String id) {
        return current.find().map(f -> f.slides().stream().anyMatch(s -> s.id().equals(id))).orElse(false);
    }

    private static Slide slide(CurrentFeed current, String id) {
        return current.find().orElseThrow().slides().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean modifiedSince(Path file, FileTime time) {
        try {
            return Files.getLastModifiedTime(file).compareTo(time) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void waitFor(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what + " (client log:\n" + clientLog.toString(StandardCharsets.UTF_8) + ")");
    }
}
