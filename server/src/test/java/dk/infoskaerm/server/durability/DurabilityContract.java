package dk.infoskaerm.server.durability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write the API acknowledged with 2xx survives {@code kill -9} of the server process in the middle of a burst
 * of writes; the database is chosen by the subclass.
 */
abstract class DurabilityContract {

    private static final String ADMIN_PASSWORD = "durability-admin-kode";
    private static final String VOLUNTEER_PASSWORD = "durability-frivillig-kode";
    private static final String MODERATED_AREA = "tuse";
    private static final String OPEN_AREA = "oroe";

    /** The -D options that put the server on the database under test; the same for both starts. */
    abstract Map<String, String> databaseProperties();

    @Test
    @Timeout(value = 115, unit = TimeUnit.SECONDS)
    void everyAcknowledgedWriteSurvivesKillNineInTheMiddleOfABurst(@TempDir Path dataDir) throws Exception {
        Map<String, String> database = databaseProperties();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int killAfter = ThreadLocalRandom.current().nextInt(30, 81);
        WriteBurst.Acknowledged acknowledged;
        try (ServerProcess server = ServerProcess.start(dataDir, database)) {
            String oneTimePassword = server.adminOneTimePassword().orElseThrow(() -> new IllegalStateException(
                    "no one-time administrator password on the first start; output:\n" + server.output()));
            Session admin = Session.firstLogin(http, server.base(), "admin", oneTimePassword, ADMIN_PASSWORD);
            admin.require("PUT", "/api/v1/moderation/areas/" + MODERATED_AREA, Map.of("moderation", "approval"), 200);
            String volunteerPassword = admin.require("POST", "/api/v1/accounts", Map.of("username", "frivillig",
                    "role", "volunteer", "areas", List.of(MODERATED_AREA, OPEN_AREA)), 201)
                    .get("oneTimePassword").asText();
            Session volunteer = Session.firstLogin(http, server.base(), "frivillig", volunteerPassword,
                    VOLUNTEER_PASSWORD);
            acknowledged = WriteBurst.run(volunteer, admin, MODERATED_AREA, OPEN_AREA, killAfter, server::kill);
        }
        assertTrue(acknowledged.total() >= killAfter, "the server was to be killed after the " + killAfter
                + "th acknowledgement, but the burst ended with " + acknowledged);

        System.out.println(getClass().getSimpleName() + ": killed after acknowledgement " + killAfter + " of "
                + acknowledged);
        try (ServerProcess restarted = ServerProcess.start(dataDir, database)) {
            Session admin = Session.login(http, restarted.base(), "admin", ADMIN_PASSWORD);
            List<String> problems = new ArrayList<>();
            checkPosts(admin.require("GET", "/api/v1/posts", null, 200), acknowledged, problems);
            checkUrgentMessages(admin.require("GET", "/api/v1/urgent", null, 200), acknowledged, problems);
            assertTrue(problems.isEmpty(), () -> "killed after acknowledgement " + killAfter + " of " + acknowledged
                    + "; after the restart " + problems.size() + " problems, e.g. "
                    + problems.subList(0, Math.min(10, problems.size())));
        }
    }

    private static void checkPosts(JsonNode listed, WriteBurst.Acknowledged acknowledged, List<String> problems) {
        Map<String, List<String>> statusesById = new HashMap<>();
        Map<String, Integer> titles = new HashMap<>();
        for (JsonNode post : listed) {
            statusesById.computeIfAbsent(post.get("id").asText(), id -> new ArrayList<>())
                    .add(post.get("status").asText());
            titles.merge(post.get("title").asText(), 1, Integer::sum);
        }
        // Each write has a title of its own, so a title listed twice is one write stored twice.
        titles.forEach((title, count) -> {
            if (count > 1) {
                problems.add("the post '" + title + "' is stored " + count + " times");
            }
        });
        for (String id : acknowledged.publishedPosts()) {
            expect(problems, "published post " + id, statusesById.get(id), List.of("published"));
        }
        for (String id : acknowledged.pendingPosts()) {
            // An approval that was not acknowledged may have been committed or not.
            List<String> allowed = acknowledged.approvals().contains(id) ? List.of("published")
                    : List.of("pending", "published");
            expect(problems, (allowed.size() == 1 ? "approved post " : "pending post ") + id, statusesById.get(id),
                    allowed);
        }
    }

    private static void checkUrgentMessages(JsonNode listed, WriteBurst.Acknowledged acknowledged,
                                            List<String> problems) {
        Map<String, List<String>> activeById = new HashMap<>();
        Map<String, Integer> texts = new HashMap<>();
        for (JsonNode message : listed) {
            activeById.computeIfAbsent(message.get("id").asText(), id -> new ArrayList<>())
                    .add(message.get("active").asBoolean() ? "active" : "inactive");
            texts.merge(message.get("text").asText(), 1, Integer::sum);
        }
        texts.forEach((text, count) -> {
            if (count > 1) {
                problems.add("the urgent message '" + text + "' is stored " + count + " times");
            }
        });
        for (String id : acknowledged.urgentMessages()) {
            expect(problems, "urgent message " + id, activeById.get(id), List.of("active"));
        }
    }

    private static void expect(List<String> problems, String what, List<String> found, List<String> allowed) {
        if (found == null) {
            problems.add(what + " is missing");
        } else if (found.size() != 1) {
            problems.add(what + " is listed " + found.size() + " times");
        } else if (!allowed.contains(found.getFirst())) {
            problems.add(what + " is " + found.getFirst() + ", not " + String.join(" or ", allowed));
        }
    }
}
