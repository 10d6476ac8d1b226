package dk.infoskaerm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.testing.PostgresCluster;
import dk.infoskaerm.server.testing.SseReader;
import io.helidon.config.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server contract on PostgreSQL (a throwaway cluster on loopback), and several instances on one database. */
class PostgresServerIT extends ServerContract {

    @Override
    Config config(Path dataDir, Map<String, String> extra) {
        return TestConfigs.postgres(dataDir, extra);
    }

    @Test
    void changeThroughOneInstanceReachesScreenConnectedToAnother(@TempDir Path dirA, @TempDir Path dirB) throws Exception {
        PostgresCluster pg = PostgresCluster.shared();
        Map<String, String> shared = Map.of("db.url", pg.newDatabase(), "db.user", pg.user(), "db.password", pg.password());
        HttpClient http = HttpClient.newHttpClient();
        try (InfoskaermServer a = InfoskaermServer.start(TestConfigs.h2(dirA, shared));
             InfoskaermServer b = InfoskaermServer.start(TestConfigs.h2(dirB, shared));
             SseReader screenOnB = SseReader.open(http, "http://127.0.0.1:" + b.port() + "/api/v1/screens/hagested/events")) {
            assertEquals("changed", screenOnB.next(Duration.ofSeconds(15)).name());

            Instant start = Instant.now().plus(Duration.ofDays(3));
            a.app().items().save(new Item("test:two-instances", "test", ItemKind.EVENT, "Fællesspisning i Hagested",
                    "", start, start.plus(Duration.ofHours(2)), false, "", "", null, null, null, Set.of("hagested"), null));

            SseReader.Event changed = screenOnB.next(Duration.ofSeconds(15));
            assertEquals("changed", changed.name(), "instance B announces a change made through instance A");
            HttpResponse<String> feedOnB = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + b.port() + "/api/v1/screens/hagested/feed")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(feedOnB.body().contains("Fællesspisning i Hagested"));
            assertEquals(feedOnB.headers().firstValue("ETag").orElseThrow(),
                    Json.mapper().readTree(changed.data()).get("etag").asText());
        }
    }
}
