package dk.infoskaerm.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without INFOSKAERM_ALLOW_PRIVATE_SOURCES, a source cannot reach this machine: the SSRF probe's URLs get 422. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceAddressGuardIT {


    private InfoskaermServer server;
    private AdminSession admin;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = InfoskaermServer.start(TestConfigs.h2(data, Map.of("infoskaerm.allow-private-sources", "false",
                "infoskaerm.accounts.bcrypt-cost", "4")));
        admin = AdminSession.login(server, "vagt");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/observe/metrics", "http://[::1]:%d/observe/metrics",
            "http://2130706433:%d/observe/metrics", "http://0:%d/observe/metrics", "http://localhost:%d/api/v1/areas"})
    void aSourceOnThisMachineIsRefusedWithADanishReason(String form) throws Exception {
        String url = form.formatted(server.port());
        HttpResponse<String> r = admin.send("POST", "/api/v1/sources/test", "{\"url\":\"" + url + "\",\"kind\":\"news\"}");
        assertEquals(422, r.statusCode(), r.body());
        JsonNode error = Json.mapper().readTree(r.body());
        assertEquals("url", error.get("field").asText());
        assertTrue(error.get("error").asText().contains("er lokal eller privat"), r.body());
        assertTrue(!r.body().contains("requests_count") && !r.body().contains("holbaek-by"), "nothing of the target leaks");
    }
}
