package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckSourceTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneJsonObjectPerItemAndProblemsOnStderr() throws Exception {
        int code = run(Fixtures.path("ical/moerkoev-lokalforum.ics").toString(), "--from", "2026-10-01",
                "--days", "90", "--kind", "event");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(Json.mapper().readTree(line));
        }
        assertEquals(6, lines.size());
        JsonNode first = lines.getFirst();
        assertEquals("event", first.get("kind").asText());
        assertEquals("Julemarked i Mørkøv Hallen", first.get("title").asText());
        assertEquals("2026-12-05T14:00:00+01:00", first.get("start").asText());
        assertEquals("2026-12-05T17:00:00+01:00", first.get("end").asText());
        assertEquals(false, first.get("allDay").asBoolean());
        assertEquals("confirmed", first.get("status").asText());
        assertTrue(first.get("published").isNull());
        for (String field : List.of("location", "url", "summary")) {
            assertTrue(first.has(field), field);
        }
        assertEquals("cancelled", lines.get(4).get("status").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Dansk normaltid"));
    }

    @Test
    void unreadableSourceExitsOneNamingTheFile() {
        assertEquals(1, run("/no/such/file.ics"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("/no/such/file.ics: filen findes ikke"));
        assertEquals(1, run(Fixtures.path("ical/garbage.ics").toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"html/no-events.html", "ical/only-bad-items.ics"})
    void noItemsAndSomeProblemExitsOne(String fixture) {
        assertEquals(1, run(Fixtures.path(fixture).toString(), "--from", "2026-10-01"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validFeedWithoutItemsExitsZero() {
        assertEquals(0, run(Fixtures.path("rss/empty-channel.xml").toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("0 items, 0 problems"));
    }

    @Test
    void badArgumentsExitTwoNamingTheOption() {
        assertEquals(2, run("x.ics", "--days", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--days"));
        assertEquals(2, run("x.ics", "--kind", "party"));
        assertEquals(2, run("--from", "2026-13-01", "x.ics"));
        assertEquals(2, run());
    }

    @Test
    void aKindSourcesCannotHaveIsRefusedNamingTheImportableKinds() {
        assertEquals(2, run("x.ics", "--kind", "announcement"));

        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--kind must be event, meeting or news: 'announcement'"), message);
        assertTrue(message.contains("[--kind event|meeting|news]"), message);
    }

    private int run(String... args) {
        return CheckSource.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new SourceFetcher(),
                Clock.fixed(Instant.parse("2026-10-01T10:00:00Z"), java.time.ZoneOffset.UTC));
    }
}
