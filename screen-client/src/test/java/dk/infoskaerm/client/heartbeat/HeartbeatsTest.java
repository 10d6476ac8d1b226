package dk.infoskaerm.client.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.feed.TechnicianNotice;
import dk.infoskaerm.client.feed.CurrentFeeds;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.json.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeartbeatsTest {

    private static final String TOKEN = "AbCdEfGhIjKlMnOp-123";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<Map.Entry<String, byte[]>> received = new CopyOnWriteArrayList<>();
    private volatile int status = 204;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/screens/moerkoev/heartbeat", exchange -> {
            received.add(Map.entry(exchange.getRequestHeaders().getFirst("Authorization") + " | "
                    + exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes()));
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                byte[] body = "{\"error\":\"unknown device token\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsWhatIsShownWithAScaledScreenshotThenWithoutUntilItIsDue() throws Exception {
        Heartbeats heartbeats = heartbeats(Fixtures.moerkoev(), Fixtures.MONDAY_10);

        assertEquals(204, heartbeats.sendOnce());
        assertEquals(204, heartbeats.sendOnce());

        assertEquals("Bearer " + TOKEN + " | application/json", received.getFirst().getKey());
        JsonNode first = Json.mapper().readTree(received.get(0).getValue());
        assertEquals("dev", first.get("clientVersion").asText());
        assertEquals(Fixtures.moerkoev().slideAt(Fixtures.MONDAY_10).orElseThrow().id(), first.get("showing").asText());
        assertTrue(first.get("uptimeSeconds").asLong() >= 0);
        byte[] png = Base64.getDecoder().decode(first.get("screenshot").asText());
        assertTrue(png.length < 200_000, "well under the server's 1 MB: " + png.length);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(480, shot.getWidth());
        assertEquals(270, shot.getHeight());
        assertFalse(Json.mapper().readTree(received.get(1).getValue()).has("screenshot"), "the next is due in 5 minutes");
    }

    @Test
    void theScreenshotIsWhatTheDisplayGivesNotARenderedFrame() throws Exception {
        BufferedImage covered = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = covered.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 960, 540);
        g.dispose();
        Path file = Files.writeString(dir.resolve("client.properties"), "server.url=http://127.0.0.1:"
                + server.getAddress().getPort() + "\nscreen.id=moerkoev\ndevice.token=" + TOKEN + "\n");
        Settings settings = Settings.load(file, true, false);
        Heartbeats heartbeats = new Heartbeats(() -> settings, new CurrentFeed(Fixtures.moerkoev()),
                Clock.fixed(Fixtures.MONDAY_10, ZoneOffset.UTC), new PrintStream(log, true, StandardCharsets.UTF_8),
                () -> java.util.Optional.of(covered));

        heartbeats.sendOnce();

        byte[] png = Base64.getDecoder().decode(Json.mapper().readTree(received.getFirst().getValue())
                .get("screenshot").asText());
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(480, shot.getWidth());
        assertEquals(270, shot.getHeight());
        assertEquals(0xFF0000, shot.getRGB(240, 135) & 0xFFFFFF, "the display's red, not the feed's slide");
    }

    @Test
    void aNewFeedBringsAScreenshotWithTheNextHeartbeat() throws Exception {
        CurrentFeed current = new CurrentFeed(Fixtures.moerkoev());
        Heartbeats heartbeats = heartbeats(current, Fixtures.MONDAY_10);
        heartbeats.sendOnce();
        heartbeats.sendOnce();
        // An urgent message cleared: the server sends a new feed, and the dashboard must not keep the red frame.
        CurrentFeeds.apply(current, Fixtures.moerkoev(), "\"v2\"", Fixtures.MONDAY_10);
        heartbeats.sendOnce();
        heartbeats.sendOnce();

        List<Boolean> withScreenshot = received.stream().map(r -> {
            try {
                return Json.mapper().readTree(r.getValue()).has("screenshot");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertEquals(List.of(true, false, true, false), withScreenshot);
    }

    @Test
    void saysDarkOutsideOpeningHours() throws Exception {
        Feed base = Fixtures.moerkoev();
        OpeningHours evenings = new OpeningHours(List.of(new OpeningHours.Period(Set.of(DayOfWeek.values()),
                LocalTime.of(18, 0), LocalTime.of(22, 0))), OpeningHours.Outside.DARK);
        Feed closed = new Feed(base.version(), base.screenId(), base.screenName(), base.areaSlug(), base.areaName(),
                base.orientation(), base.slides(), base.ticker(), evenings);

        heartbeats(closed, Fixtures.MONDAY_10).sendOnce();

        assertEquals("dark", Json.mapper().readTree(received.getFirst().getValue()).get("showing").asText());
    }

    @Test
    void refusedTokenIsReportedOnceWithTheKeyToCheck() throws Exception {
        status = 401;
        Heartbeats heartbeats = heartbeats(Fixtures.moerkoev(), Fixtures.MONDAY_10);

        assertEquals(401, heartbeats.sendOnce());
        assertEquals(401, heartbeats.sendOnce());

        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("HTTP 401: {\"error\":\"unknown device token\"} (check device.token in "), text);
    }

    @Test
    void refusedTokenPutsTheTechniciansStatusScreenInPlaceOfTheIdleSlideUntilAccepted() throws Exception {
        for (int refusal : new int[] {401, 403}) {
            status = refusal;
            CurrentFeed current = new CurrentFeed(null);
            Heartbeats heartbeats = heartbeats(current, Fixtures.MONDAY_10);

            heartbeats.sendOnce();

            TechnicianNotice notice = current.findNotice().orElseThrow();
            assertEquals("moerkoev", notice.screenId());
            assertEquals("http://127.0.0.1:" + server.getAddress().getPort(), notice.serverUrl());
            assertEquals("Serveren afviser skærmens adgangsnøgle (device.token, svar " + refusal + ").",
                    notice.problem());
            assertTrue(notice.remedy().contains("ret device.token i client.properties"), notice.remedy());

            status = 204;
            heartbeats.sendOnce();
            assertTrue(current.findNotice().isEmpty(), "accepted again: no notice");
        }
    }

    private Heartbeats heartbeats(Feed feed, Instant at) throws Exception {
        return heartbeats(new CurrentFeed(feed), at);
    }

    private Heartbeats heartbeats(CurrentFeed current, Instant at) throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), "server.url=http://127.0.0.1:"
                + server.getAddress().getPort() + "\nscreen.id=moerkoev\ndevice.token=" + TOKEN + "\n");
        Settings settings = Settings.load(file, true, false);
        return new Heartbeats(() -> settings, current, Clock.fixed(at, ZoneOffset.UTC),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

}
