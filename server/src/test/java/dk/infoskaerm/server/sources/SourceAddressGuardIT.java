package dk.infoskaerm.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import dk.infoskaerm.server.accounts.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without INFOSKAERM_ALLOW_PRIVATE_SOURCES, a source cannot reach this machine: the SSRF probe's URLs get 422. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceAddressGuardIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "vagt-kode-vagt-kode";

    private InfoskaermServer server;
    private String cookie;
    private String csrf;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = InfoskaermServer.start(TestConfigs.h2(data, Map.of("infoskaerm.allow-private-sources", "false",
                "infoskaerm.accounts.bcrypt-cost", "4")));
        server.app().accounts().createWithPassword("vagt", Role.ADMIN, Set.of(), Set.of(), PASSWORD);
        HttpResponse<String> login = HTTP.send(request("/api/v1/session",
                "{\"username\":\"vagt\",\"password\":\"" + PASSWORD + "\"}").build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("isk_session=([^;]*)").matcher(login.headers().firstValue("Set-Cookie").orElseThrow());
        assertTrue(m.find(), login.toString());
        cookie = "isk_session=" + m.group(1);
        csrf = Json.mapper().readTree(login.body()).get("csrfToken").asText();
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
        HttpResponse<String> r = HTTP.send(request("/api/v1/sources/test", "{\"url\":\"" + url + "\",\"kind\":\"news\"}")
                .header("Cookie", cookie).header("X-CSRF-Token", csrf).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, r.statusCode(), r.body());
        JsonNode error = Json.mapper().readTree(r.body());
        assertEquals("url", error.get("field").asText());
        assertTrue(error.get("error").asText().contains("er lokal eller privat"), r.body());
        assertTrue(!r.body().contains("requests_count") && !r.body().contains("holbaek-by"), "nothing of the target leaks");
    }

    private HttpRequest.Builder request(String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
