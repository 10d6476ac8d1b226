package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark helper (not a test): through the HTTP API, as people would, prepares a volunteer's announcement for
 * every area that waits for approval, so that {@link #approve()} is the one change the benchmark times.
 */
final class ApprovalScenario {

    private final ApiSession admin;
    private final String postId;

    private ApprovalScenario(ApiSession admin, String postId) {
        this.admin = admin;
        this.postId = postId;
    }

    /** Logs in as the first-start administrator (changing the one-time password) and prepares the pending post. */
    static ApprovalScenario prepare(String base, String adminOneTimePassword) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        ApiSession admin = ApiSession.firstLogin(http, base, "admin", adminOneTimePassword, "benchmark-admin-kode");
        List<String> areas = new ArrayList<>();
        for (JsonNode area : admin.call("GET", "/api/v1/areas", null, 200)) {
            areas.add(area.get("slug").asText());
        }
        admin.call("PUT", "/api/v1/moderation/areas/" + areas.getFirst(), Map.of("moderation", "approval"), 200);
        String volunteerPassword = admin.call("POST", "/api/v1/accounts", Map.of("username", "bench-frivillig",
                "role", "volunteer", "areas", areas), 201).get("oneTimePassword").asText();
        ApiSession volunteer = ApiSession.firstLogin(http, base, "bench-frivillig", volunteerPassword,
                "benchmark-frivillig-kode");
        JsonNode post = volunteer.call("POST", "/api/v1/posts", Map.of("title", "Fællesspisning i alle lokalområder",
                "text", "Tag naboen med.", "areas", areas,
                "visibleUntil", OffsetDateTime.now().plusDays(7).toString()), 201);
        if (!"pending".equals(post.get("status").asText())) {
            throw new IllegalStateException("the post should wait for approval: " + post);
        }
        return new ApprovalScenario(admin, post.get("id").asText());
    }

    /** The administrator approves the post; returns when the server has answered. */
    void approve() throws IOException, InterruptedException {
        admin.call("POST", "/api/v1/moderation/posts/" + postId + "/approve", null, 200);
    }
}
