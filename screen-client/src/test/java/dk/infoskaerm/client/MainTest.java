package dk.infoskaerm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.json.Json;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void rendersOneFrameFromFeedFile() throws IOException {
        Path png = dir.resolve("frame.png");

        int code = run("--render-to", png.toString(), "--feed", Fixtures.path("feeds/moerkoev.json").toString(),
                "--at", "2026-11-23T10:00:00+01:00");

        assertEquals(0, code, err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertEquals("rendered moerkoev at 2026-11-23T10:00:00+01:00: slide ev-julemarked "
                + "\"Julemarked i Mørkøv Hallen med æbleskiver og gløgg\" -> " + png + "\n", out());
    }

    @Test
    void rendersRequestedSizeAtLocalTime() throws IOException {
        Path png = dir.resolve("portrait.png");

        int code = run("--render-to", png.toString(), "--feed", Fixtures.path("feeds/moerkoev.json").toString(),
                "--at", "2027-02-01T10:00", "--size", "1080x1920");

        assertEquals(0, code, err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1080, image.getWidth());
        assertEquals(1920, image.getHeight());
        assertTrue(out().startsWith("rendered moerkoev at 2027-02-01T10:00:00+01:00: idle slide -> "), out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --bogus                                           | '--bogus'
            --render-to x.png --feed f.json --size big        | '--size'
            --render-to x.png --feed f.json --at tomorrow     | '--at'
            --render-to x.png --server htp:/x --screen a      | '--server'
            --render-to x.png --server http://h --screen Øst  | '--screen'
            --render-to x.png                                 | '--render-to'
            --render-to x.png --feed                          | '--feed'
            --feed f.json                                     | '--feed'
            --render-to x.png --feed f.json --server http://h | '--feed'
            """)
    void badOptionsExitWithTwoNamingTheOption(String args, String option) {
        int code = run(args.split(" "));

        assertEquals(2, code);
        assertTrue(err().contains(option), err());
        assertTrue(err().contains("usage:"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void missingFeedFileExitsWithOneNamingTheFile() {
        int code = run("--render-to", dir.resolve("x.png").toString(), "--feed", dir.resolve("nope.json").toString());

        assertEquals(1, code);
        assertTrue(err().contains("nope.json"), err());
    }

    @Test
    void unreachableServerExitsWithOneNamingTheUrl() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        int code = run("--render-to", dir.resolve("x.png").toString(), "--server", "http://127.0.0.1:" + port,
                "--screen", "moerkoev");

        assertEquals(1, code);
        assertTrue(err().contains("http://127.0.0.1:" + port + "/api/v1/screens/moerkoev/feed"), err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void rendersFromServer() throws IOException {
        var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] feed = Fixtures.bytes("feeds/moerkoev.json");
        server.createContext("/api/v1/screens/moerkoev/feed", exchange -> {
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        server.start();
        try {
            int code = run("--render-to", dir.resolve("x.png").toString(), "--server",
                    "http://127.0.0.1:" + server.getAddress().getPort(), "--screen", "moerkoev", "--size", "640x360");

            assertEquals(0, code, err());
            assertEquals(640, ImageIO.read(dir.resolve("x.png").toFile()).getWidth());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void wrongSettingsExitWithTwoNamingFileAndKey() throws IOException {
        Path config = Files.writeString(dir.resolve("client.properties"), "server.url=htp:/x\nscreen.id=moerkoev\n");

        int code = run("--config", config.toString());

        assertEquals(2, code);
        assertEquals(config + ": key 'server.url': 'htp:/x' is not an http(s) URL (expected e.g. http://localhost:8080)\n",
                err().replace("screen-client: ", ""));
    }

    @Test
    void missingSettingsFileExitsWithTwoNamingIt() {
        int code = run("--config", dir.resolve("client.properties").toString());

        assertEquals(2, code);
        assertTrue(err().contains(dir.resolve("client.properties").toString()), err());
    }

    @Test
    void withoutServerHeadlessLoopShowsCachedFeed() throws Exception {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "needs a headless environment");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.write(cache.resolve("feed.json"),
                Json.writeFeed(Fixtures.feedOf(List.of(Fixtures.slide(ItemKind.NEWS, "Nyt fra lokalforum", "", "")))));
        Path config = Files.writeString(dir.resolve("client.properties"),
                "server.url=http://127.0.0.1:9\nscreen.id=moerkoev\nsize=640x360\npoll.seconds=3600\n");
        Path frame = dir.resolve("frames").resolve("moerkoev.png");
        AtomicInteger code = new AtomicInteger(-1);

        Thread loop = Thread.ofPlatform().start(() -> code.set(run("--config", config.toString())));
        while (!Files.exists(frame) && loop.isAlive()) {
            Thread.sleep(50);
        }
        loop.interrupt();
        loop.join();

        assertEquals(0, code.get(), err());
        assertTrue(out().contains("writing frames to " + frame), out());
        BufferedImage image = ImageIO.read(frame.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(Color.WHITE, new Color(image.getRGB(5, 180)), "not the news slide from the cache");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
