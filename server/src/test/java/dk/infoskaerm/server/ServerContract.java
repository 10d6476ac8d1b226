package dk.infoskaerm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import io.helidon.config.Config;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a real socket; run on each database by the subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {

    private static final List<String> SLUGS = List.of("holbaek-by", "oroe", "tuse", "tuse-naes", "hagested",
            "gislinge", "kundby", "svinninge", "jyderup", "moerkoev", "knabstrup", "regstrup", "undloese",
            "ugerloese", "store-merloese", "stestrup", "toelloese", "vipperoed");

    private InfoskaermServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The config of the server under test, with its data under {@code dataDir}. */
    abstract Config config(Path dataDir, Map<String, String> extra);

    @BeforeAll
    void start(@TempDir Path dataDir) {
        server = InfoskaermServer.start(config(dataDir, Map.of()));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsTheEighteenLokalomraaderInOrder() throws Exception {
        HttpResponse<String> r = get("/api/v1/areas");
        assertEquals(200, r.statusCode());
        List<String> slugs = new ArrayList<>();
        for (JsonNode area : Json.mapper().readTree(r.body())) {
            slugs.add(area.get("slug").asText());
        }
        assertEquals(SLUGS, slugs);
        assertTrue(r.body().contains("\"name\":\"Mørkøv\""), r.body());
    }

    @Test
    void servesFeedWithStrongETagAndNotModified() throws Exception {
        HttpResponse<String> first = get("/api/v1/screens/moerkoev/feed");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertTrue(first.body().contains("Dialogmøde: Trafiksikker skolevej i Mørkøv"), "demo meeting in feed");
        HttpResponse<String> second = get("/api/v1/screens/moerkoev/feed", "If-None-Match", etag);
        assertEquals(304, second.statusCode());
        assertEquals("", second.body());
    }

    @Test
    void everyDemoScreenHasAFeed() throws Exception {
        for (String slug : SLUGS) {
            assertEquals(200, get("/api/v1/screens/" + slug + "/feed").statusCode(), slug);
        }
    }

    @Test
    void reportsHealthWithDatabaseCheck() throws Exception {
        HttpResponse<String> r = get("/observe/health");
        assertEquals(200, r.statusCode());
        JsonNode health = Json.mapper().readTree(r.body());
        assertEquals("UP", health.get("status").asText());
        assertTrue(r.body().contains("\"database\""), r.body());
    }

    @Test
    void unknownScreenGetsJsonNotFound() throws Exception {
        HttpResponse<String> r = get("/api/v1/screens/ingen-skaerm/feed");
        assertEquals(404, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("screenId", Json.mapper().readTree(r.body()).get("field").asText());
    }

    @Test
    void secondServerOnTakenPortStopsWithClearMessage(@TempDir Path otherData) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var e = assertThrows(InfoskaermServer.PortInUseException.class, () -> InfoskaermServer.start(
                    config(otherData, Map.of("server.port", String.valueOf(taken.getLocalPort())))));
            assertTrue(e.getMessage().startsWith("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"),
                    e.getMessage());
        }
    }
}
