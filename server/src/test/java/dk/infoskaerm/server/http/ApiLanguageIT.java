package dk.infoskaerm.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's errors in the caller's language: the cookie of the pages' switch, then Accept-Language, then Danish. */
class ApiLanguageIT {

    @TempDir
    static Path dataDir;
    private static InfoskaermServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = InfoskaermServer.start(TestConfigs.selected(dataDir, Map.of("infoskaerm.accounts.bcrypt-cost", "4")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownAddressIsAnsweredInTheCallersLanguage() throws Exception {
        String danish = "Adressen findes ikke: /api/v1/nothing-here";
        String english = "The address does not exist: /api/v1/nothing-here";
        assertEquals(danish, error(get(null, null)));
        assertEquals(danish, error(get("da-DK,da;q=0.9", null)));
        assertEquals(danish, error(get("fr-FR, de", null)));
        assertEquals(english, error(get("en-GB,en;q=0.9,da;q=0.5", null)));
        assertEquals(english, error(get("da-DK", "en")));
        assertEquals(danish, error(get("en", "da")));
        assertEquals(english, error(get(null, "en")));
    }

    @Test
    void aRefusedLoginNamesTheFieldInTheCallersLanguage() throws Exception {
        HttpResponse<String> danish = login(null, null);
        assertEquals(401, danish.statusCode());
        assertEquals("Forkert brugernavn eller adgangskode.", error(danish));
        assertEquals("password", body(danish).get("field").asText());
        HttpResponse<String> english = login("en-US,en", null);
        assertEquals(401, english.statusCode());
        assertEquals("Wrong username or password.", error(english));
        assertEquals("Wrong username or password.", error(login(null, "en")));
        assertTrue(english.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("isk_lang")),
                "the API never sets the language cookie");
    }

    @Test
    void aRefusedBodyIsExplainedInEnglish() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/session"))
                .header("Content-Type", "text/plain").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, r.statusCode());
        assertEquals("The content must be sent as JSON (Content-Type: application/json).", error(r));
    }

    private static HttpResponse<String> get(String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/v1/nothing-here")).GET();
        return send(b, acceptLanguage, cookie);
    }

    private static HttpResponse<String> login(String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"nobody\",\"password\":\"wrong-password-1\"}"));
        return send(b, acceptLanguage, cookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, String acceptLanguage, String cookie)
            throws Exception {
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            b.header("Cookie", "isk_lang=" + cookie);
        }
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("isk_lang")), r.body());
        return r;
    }

    private static String error(HttpResponse<String> r) throws java.io.IOException {
        return body(r).get("error").asText();
    }

    private static JsonNode body(HttpResponse<String> r) throws java.io.IOException {
        return Json.mapper().readTree(r.body());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
