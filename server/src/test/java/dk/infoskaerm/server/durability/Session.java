package dk.infoskaerm.server.durability;

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

/** One person logged in through the HTTP API as the web UI does it (session cookie and CSRF token); thread-safe. */
final class Session {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern COOKIE = Pattern.compile("isk_session=([^;]*)");

    private final HttpClient http;
    private final String base;
    private final String cookie;
    private final String csrf;

    private Session(HttpClient http, String base, String cookie, String csrf) {
        this.http = http;
        this.base = base;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    /** An answer: its status and its JSON body (null when empty). */
    record Answer(int status, JsonNode json) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Logs in as {@code username}. */
    static Session login(HttpClient http, String base, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(base, "POST", "/api/v1/session",
                Map.of("username", username, "password", password)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = COOKIE.matcher(r.headers().firstValue("Set-Cookie").orElse(""));
        if (!m.find()) {
            throw new IllegalStateException("no session cookie for " + username);
        }
        return new Session(http, base, m.group(1), Json.mapper().readTree(r.body()).get("csrfToken").asText());
    }

    /** Logs in with a one-time password and replaces it with {@code newPassword}, as at a first login. */
    static Session firstLogin(HttpClient http, String base, String username, String oneTimePassword,
                              String newPassword) throws IOException, InterruptedException {
        Session s = login(http, base, username, oneTimePassword);
        s.require("POST", "/api/v1/session/password", Map.of("currentPassword", oneTimePassword,
                "newPassword", newPassword), 204);
        return s;
    }

    /** Sends a request as this person; its answer, whatever the status. */
    Answer call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(base, method, path, body)
                .header("Cookie", "isk_session=" + cookie).header("X-CSRF-Token", csrf).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : Json.mapper().readTree(r.body()));
    }

    /** Sends a request as this person; its JSON answer; throws unless the status is {@code expected}. */
    JsonNode require(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        Answer a = call(method, path, body);
        if (a.status() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + a.status() + ": " + a.json());
        }
        return a.json();
    }

    private static HttpRequest.Builder request(String base, String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
    }
}
