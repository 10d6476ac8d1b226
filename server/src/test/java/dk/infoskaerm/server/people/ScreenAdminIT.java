package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.server.accounts.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Administrators manage screens and their device tokens; screens report through heartbeats. */
class ScreenAdminIT {

    @TempDir
    static Path dataDir;
    private static Api api;
    private static Api.Login admin;

    @BeforeAll
    static void start() {
        api = Api.start(dataDir, Map.of());
        api.server.app().accounts().createWithPassword("admin-skaerm", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        admin = api.login("admin-skaerm", Api.PASSWORD);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Api.Res heartbeat(String screen, String token, String showing, byte[] png) {
        String body = "{\"clientVersion\":\"0.1.0\",\"showing\":\"" + showing + "\",\"uptimeSeconds\":5"
                + (png == null ? "" : ",\"screenshot\":\"" + Base64.getEncoder().encodeToString(png) + "\"") + "}";
        return api.send(null, "POST", "/api/v1/screens/" + screen + "/heartbeat", "application/json",
                body.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);
    }

    private static Api.Res create(String id) {
        return api.json(admin, "POST", "/api/v1/screens", Map.of("id", id, "name", "Hallen i Ugerløse",
                "areaSlug", "ugerloese", "location", "Ved døren", "orientation", "portrait"));
    }

    @Test
    void newScreenGetsATokenThatItsHeartbeatsUseAndTheListShowsItOnline() {
        Api.Res created = create("ugerloese-hal");
        assertEquals(201, created.status(), created.error());
        String token = created.json().get("deviceToken").asText();
        assertEquals(1080, created.json().get("screen").get("width").asInt(), "portrait default size");
        assertEquals("never", created.json().get("screen").get("status").asText());
        assertEquals(200, api.get(null, "/api/v1/screens/ugerloese-hal/feed").status(), "the new screen has a feed");

        byte[] png = TestImages.png(32, 18, false);
        assertEquals(204, heartbeat("ugerloese-hal", token, "idle", png).status());

        JsonNode listed = null;
        for (JsonNode s : api.get(admin, "/api/v1/screens").json()) {
            if (s.get("id").asText().equals("ugerloese-hal")) {
                listed = s;
            }
        }
        assertTrue(listed != null);
        assertEquals("online", listed.get("status").asText());
        assertEquals("Ugerløse", listed.get("areaName").asText());
        assertEquals("idle", listed.get("showing").asText());
        Api.Res shot = api.get(admin, "/api/v1/screens/ugerloese-hal/screenshot");
        assertEquals(200, shot.status());
        assertEquals(List.of("image/png"), shot.headers().allValues("Content-Type"));
    }

    @Test
    void rotatingTheTokenStopsTheOldOneAtOnce() {
        String old = create("ugerloese-skole").json().get("deviceToken").asText();
        Api.Res rotated = api.json(admin, "POST", "/api/v1/screens/ugerloese-skole/token", null);
        assertEquals(200, rotated.status(), rotated.error());
        String fresh = rotated.json().get("deviceToken").asText();
        assertEquals(401, heartbeat("ugerloese-skole", old, "idle", null).status());
        assertEquals(204, heartbeat("ugerloese-skole", fresh, "idle", null).status());
    }

    @Test
    void editedScreenChangesItsFeedAndDeletedScreenLosesIt() {
        create("ugerloese-kro");
        Api.Res edited = api.json(admin, "PUT", "/api/v1/screens/ugerloese-kro",
                Map.of("name", "Ugerløse Kro", "areaSlug", "ugerloese", "orientation", "landscape"));
        assertEquals(200, edited.status(), edited.error());
        JsonNode feed = api.get(null, "/api/v1/screens/ugerloese-kro/feed").json();
        assertEquals("Ugerløse Kro", feed.get("screenName").asText());
        assertEquals("landscape", feed.get("orientation").asText());
        assertEquals(204, api.json(admin, "DELETE", "/api/v1/screens/ugerloese-kro", null).status());
        assertEquals(404, api.get(null, "/api/v1/screens/ugerloese-kro/feed").status());
        assertTrue(api.get(admin, "/api/v1/audit?target=ugerloese-kro").body().contains("delete"));
    }

    @Test
    void screenConfirmsShowingAnUrgentMessageThroughItsHeartbeat() {
        String token = create("ugerloese-brugs").json().get("deviceToken").asText();
        Api.Res urgent = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", "Vandet er afbrudt", "areas", List.of("ugerloese")));
        assertEquals(201, urgent.status(), urgent.error());
        String id = urgent.json().get("id").asText();
        assertEquals(204, heartbeat("ugerloese-brugs", token, "urgent:" + id, null).status());
        JsonNode confirmed = api.get(admin, "/api/v1/urgent/" + id).json().get("confirmedBy");
        assertTrue(confirmed.toString().contains("ugerloese-brugs"), confirmed.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\":\"Store Bogstaver\",\"name\":\"x\",\"areaSlug\":\"tuse\"} | id",
            "{\"id\":\"ok-id-1\",\"name\":\"\",\"areaSlug\":\"tuse\"}          | name",
            "{\"id\":\"ok-id-2\",\"name\":\"x\",\"areaSlug\":\"atlantis\"}     | areaSlug",
            "{\"id\":\"ok-id-3\",\"name\":\"x\",\"areaSlug\":\"tuse\",\"orientation\":\"diagonal\"} | orientation",
            "{\"id\":\"ok-id-4\",\"name\":\"x\",\"areaSlug\":\"tuse\",\"width\":10} | width"
    })
    void refusesBadScreensNamingTheField(String json, String field) {
        Api.Res r = api.send(admin, "POST", "/api/v1/screens", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.status(), r.error());
        assertEquals(field, r.json().get("field").asText());
    }

    @Test
    void sameIdTwiceIsAConflict() {
        assertEquals(201, create("ugerloese-kirke").status());
        assertEquals(409, create("ugerloese-kirke").status());
    }

    @Test
    void administratorAddsAndRenamesAnArea() {
        Api.Res added = api.json(admin, "POST", "/api/v1/areas", Map.of("name", "Ågerup Øst"));
        assertEquals(201, added.status(), added.error());
        assertEquals("aagerup-oest", added.json().get("slug").asText());
        assertEquals(409, api.json(admin, "POST", "/api/v1/areas", Map.of("name", "Ågerup Øst")).status());
        Api.Res renamed = api.json(admin, "PUT", "/api/v1/areas/aagerup-oest", Map.of("name", "Ågerup"));
        assertEquals(200, renamed.status(), renamed.error());
        assertTrue(api.get(null, "/api/v1/areas").body().contains("\"name\":\"Ågerup\""));
    }
}
