package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.server.accounts.Role;
import dk.infoskaerm.server.db.Sql;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Urgent messages reach the feed at once and leave it when cleared; a post survives a restart. */
class UrgentAndDurabilityIT {

    @Test
    void urgentMessageReachesChosenScreensAtOnceAndLeavesWhenCleared(@TempDir Path dir) {
        try (Api api = Api.start(dir, Map.of())) {
            api.server.app().accounts().createWithPassword("vagt", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
            Api.Login admin = api.login("vagt", Api.PASSWORD);
            String etagBefore = api.get(null, "/api/v1/screens/tuse/feed").headers().firstValue("ETag").orElseThrow();
            Api.Res r = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", "Kogeanbefaling for drikkevand",
                    "areas", List.of("tuse")));
            assertEquals(201, r.status(), r.error());
            String id = r.json().get("id").asText();
            JsonNode slide = Feeds.slide(api, "tuse", "urgent:" + id);
            assertNotNull(slide, "on the Tuse screen without waiting for a poll");
            assertEquals("urgent", slide.get("kind").asText());
            assertNotEquals(etagBefore, api.get(null, "/api/v1/screens/tuse/feed").headers().firstValue("ETag")
                    .orElseThrow());
            assertNull(Feeds.slide(api, "oroe", "urgent:" + id), "not on other areas' screens");

            // No area chosen is no choice: "all" must be said.
            Api.Res none = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", "Storm", "areas", List.of()));
            assertEquals(422, none.status(), none.error());
            assertEquals("areas", none.json().get("field").asText());
            Api.Res both = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", "Storm", "areas", List.of("tuse"),
                    "allAreas", true));
            assertEquals(422, both.status(), both.error());
            Api.Res all = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", "Storm", "areas", List.of(),
                    "allAreas", true));
            assertEquals(201, all.status(), all.error());
            assertNotNull(Feeds.slide(api, "oroe", "urgent:" + all.json().get("id").asText()));

            Api.Res cleared = api.json(admin, "POST", "/api/v1/urgent/" + id + "/clear", null);
            assertEquals(200, cleared.status(), cleared.error());
            assertFalse(cleared.json().get("active").asBoolean());
            assertNull(Feeds.slide(api, "tuse", "urgent:" + id));
        }
    }

    @Test
    void anUrgentMessageTooLongForOneScreenIsRefusedInDanish(@TempDir Path dir) {
        try (Api api = Api.start(dir, Map.of())) {
            api.server.app().accounts().createWithPassword("vagt", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
            Api.Login admin = api.login("vagt", Api.PASSWORD);
            String[] words = ("Drikkevandsforsyningen fra Mørkøv Vandværk er forurenet. Kogeanbefalingen gælder "
                    + "Trafiksikkerhedsforanstaltninger ved Vandværksbygningen. ").repeat(5)
                    .split(" ");
            String fits = words[0];
            int next = 1;
            while (dk.infoskaerm.render.FrameRenderer.urgentFits(fits + " " + words[next])) {
                fits += " " + words[next++];
            }
            String tooLong = fits + " " + words[next];
            assertTrue(tooLong.length() <= 300, "the screen's limit lies under the API's 300: " + tooLong.length());

            Api.Res refused = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", tooLong, "allAreas", true));
            Api.Res accepted = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", fits, "allAreas", true));

            assertEquals(422, refused.status(), refused.body());
            assertEquals("text", refused.json().get("field").asText());
            String error = refused.json().get("error").asText();
            assertTrue(error.contains("for lang") && error.contains(
                    String.valueOf(dk.infoskaerm.render.FrameRenderer.maxUrgentLength())), error);
            assertEquals(201, accepted.status(), accepted.error());
        }
    }

    @Test
    void urgentListShowsScreensThatConfirmedShowingIt(@TempDir Path dir) {
        try (Api api = Api.start(dir, Map.of())) {
            api.server.app().accounts().createWithPassword("vagt", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
            Api.Login admin = api.login("vagt", Api.PASSWORD);
            String id = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", "Vejarbejde", "areas", List.of("tuse")))
                    .json().get("id").asText();
            assertEquals(0, api.get(admin, "/api/v1/urgent/" + id).json().get("confirmedBy").size());
            // What a screen heartbeat (issue 4) will write.
            api.server.app().db().inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO screen_showing (screen_id, item_id, confirmed_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, "tuse");
                    ps.setString(2, "urgent:" + id);
                    Sql.setInstant(ps, 3, Instant.now());
                    return ps.executeUpdate();
                }
            });
            JsonNode listed = api.get(admin, "/api/v1/urgent").json().get(0);
            assertEquals(id, listed.get("id").asText());
            assertEquals("tuse", listed.get("confirmedBy").get(0).get("screenId").asText());
        }
    }

    @Test
    void postSurvivesServerRestart(@TempDir Path dir) {
        String id;
        try (Api first = Api.start(dir, Map.of())) {
            first.server.app().accounts().createWithPassword("vedholdende", Role.VOLUNTEER, Set.of("hagested"), Set.of(),
                    Api.PASSWORD);
            // Published at once, so its screen item must survive too (areas start by needing approval).
            first.server.app().accounts().createWithPassword("vagt", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
            assertEquals(200, first.json(first.login("vagt", Api.PASSWORD), "PUT", "/api/v1/moderation/areas/hagested",
                    Map.of("moderation", "direct")).status());
            Api.Login who = first.login("vedholdende", Api.PASSWORD);
            Api.Res r = first.json(who, "POST", "/api/v1/posts", Api.post("Høstmarked", "Æbler og most", List.of("hagested")));
            assertEquals(201, r.status(), r.error());
            id = r.json().get("id").asText();
        }
        try (Api second = Api.start(dir, Map.of())) {
            Api.Login who = second.login("vedholdende", Api.PASSWORD);
            Api.Res r = second.get(who, "/api/v1/posts/" + id);
            assertEquals(200, r.status(), r.error());
            assertEquals("Æbler og most", r.json().get("text").asText());
            assertNotNull(Feeds.slide(second, "hagested", "post:" + id));
        }
    }
}
