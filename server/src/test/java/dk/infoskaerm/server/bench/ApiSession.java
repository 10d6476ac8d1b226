package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark helper (not a test): one person logged in through the HTTP API, as the web UI does it (session cookie
 * and CSRF token). Thread-safe once logged in.
 */
final class ApiSession {

    private static final Pattern COOKIE = Pattern.compile("isk_session=([^;]*)");

    private final HttpClient http;
    private final String base;
    private volatile String cookie;
    private volatile String csrf;

    ApiSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Logs in with a one-time password and replaces it with {@code newPassword}, as at a first login. */
    static ApiSession firstLogin(HttpClient http, String base, String username, String oneTimePassword,
                                 String newPassword) throws IOException, InterruptedException {
        ApiSession s = new ApiSession(http, base);
        s.login(username, oneTimePassword);
        s.call("POST", "/api/v1/session/password", Map.of("currentPassword", oneTimePassword,
                "newPassword", newPassword), 204);
        return s;
    }

    void login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request("POST", "/api/v1/session",
                Map.of("username", username, "password", password)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        Matcher m = COOKIE.matcher(r.headers().firstValue("Set-Cookie").orElse(""));
        if (!m.find()) {
            throw new IllegalStateException("no session cookie for " + username);
        }
        cookie = m.group(1);
        csrf = Json.mapper().readTree(r.body()).get("csrfToken").asText();
    }

    /** Sends a request as this person; its JSON answer (null when empty); throws unless the status is expected. */
    JsonNode call(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = send(method, path, body);
        if (r.statusCode() != expected) {
            throw new UnexpectedStatus(method + " " + path, r.statusCode(), r.body());
        }
        return r.body().isEmpty() ? null : Json.mapper().readTree(r.body());
    }

    /** Sends a request as this person and returns the raw answer, whatever its status. */
    HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(method, path, body);
        if (cookie != null) {
            b.header("Cookie", "isk_session=" + cookie).header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
    }

    /** An answer with another status than the one expected. */
    static final class UnexpectedStatus extends IllegalStateException {

        final int status;

        UnexpectedStatus(String request, int status, String body) {
            super(request + " answered " + status + ": " + body);
            this.status = status;
        }
    }
}
