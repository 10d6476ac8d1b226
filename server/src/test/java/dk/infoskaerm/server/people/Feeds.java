package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading slides out of a screen's feed. */
final class Feeds {

    private Feeds() {
    }

    /** The slide with {@code id} in the feed of {@code screen}, or null. */
    static JsonNode slide(Api api, String screen, String id) {
        Api.Res feed = api.get(null, "/api/v1/screens/" + screen + "/feed");
        assertEquals(200, feed.status());
        for (JsonNode slide : feed.json().get("slides")) {
            if (slide.get("id").asText().equals(id)) {
                return slide;
            }
        }
        return null;
    }
}
