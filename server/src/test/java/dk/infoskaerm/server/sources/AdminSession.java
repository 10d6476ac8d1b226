package dk.infoskaerm.server.sources;

import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.accounts.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An administrator logged in to a test server over its API: session cookie and CSRF token on every request. */
final class AdminSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "kilde-admin-kode-kode";

    private final InfoskaermServer server;
    private final String cookie;
    private final String csrf;

    private AdminSession(InfoskaermServer server, String cookie, String csrf) {
        this.server = server;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    /** Creates the administrator {@code username} on {@code server} and logs in. */
    static AdminSession login(InfoskaermServer server, String username) throws IOException, InterruptedException {
        server.app().accounts().createWithPassword(username, Role.ADMIN, Set.of(), Set.of(), PASSWORD);
        HttpResponse<String> login = HTTP.send(request(server, "POST", "/api/v1/session",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}").build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + " answered " + login.statusCode() + ": " + login.body());
        }
        Matcher m = Pattern.compile("isk_session=([^;]*)").matcher(login.headers().firstValue("Set-Cookie").orElseThrow());
        if (!m.find()) {
            throw new IllegalStateException("no session cookie for " + username);
        }
        return new AdminSession(server, "isk_session=" + m.group(1),
                Json.mapper().readTree(login.body()).get("csrfToken").asText());
    }

    /** Sends {@code json} (null for no body) as this administrator. */
    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(request(server, method, path, json).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(InfoskaermServer server, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20));
        if (json == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
}
