package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark helper (not a test): through the HTTP API, as people would, prepares a volunteer's announcement for
 * every area that waits for approval, so that {@link #approve()} is the one change the benchmark times.
 */
final class ApprovalScenario {

    private static final Pattern COOKIE = Pattern.compile("isk_session=([^;]*)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String cookie;
    private String csrf;
    private String postId;

    private ApprovalScenario(String base) {
        this.base = base;
    }

    /** Logs in as the first-start administrator (changing the one-time password) and prepares the pending post. */
    static ApprovalScenario prepare(String base, String adminOneTimePassword) throws IOException, InterruptedException {
        ApprovalScenario s = new ApprovalScenario(base);
        s.login("admin", adminOneTimePassword);
        s.call("POST", "/api/v1/session/password", Map.of("currentPassword", adminOneTimePassword,
                "newPassword", "benchmark-admin-kode"), 204);
        List<String> areas = new ArrayList<>();
        for (JsonNode area : s.call("GET", "/api/v1/areas", null, 200)) {
            areas.add(area.get("slug").asText());
        }
        s.call("PUT", "/api/v1/moderation/areas/" + areas.getFirst(), Map.of("moderation", "approval"), 200);
        String volunteerPassword = s.call("POST", "/api/v1/accounts", Map.of("username", "bench-frivillig",
                "role", "volunteer", "areas", areas), 201).get("oneTimePassword").asText();
        String adminCookie = s.cookie;
        String adminCsrf = s.csrf;
        s.login("bench-frivillig", volunteerPassword);
        s.call("POST", "/api/v1/session/password", Map.of("currentPassword", volunteerPassword,
                "newPassword", "benchmark-frivillig-kode"), 204);
        JsonNode post = s.call("POST", "/api/v1/posts", Map.of("title", "Fællesspisning i alle lokalområder",
                "text", "Tag naboen med.", "areas", areas,
                "visibleUntil", OffsetDateTime.now().plusDays(7).toString()), 201);
        if (!"pending".equals(post.get("status").asText())) {
            throw new IllegalStateException("the post should wait for approval: " + post);
        }
        s.postId = post.get("id").asText();
        s.cookie = adminCookie;
        s.csrf = adminCsrf;
        return s;
    }

    /** The administrator approves the post; returns when the server has answered. */
    void approve() throws IOException, InterruptedException {
        call("POST", "/api/v1/moderation/posts/" + postId + "/approve", null, 200);
    }

    private void login(String username, String password) throws IOException, InterruptedException {
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

    private JsonNode call(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(method, path, body);
        if (cookie != null) {
            b.header("Cookie", "isk_session=" + cookie).header("X-CSRF-Token", csrf);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? null : Json.mapper().readTree(r.body());
    }

    private HttpRequest.Builder request(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
    }
}
