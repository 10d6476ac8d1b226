package dk.infoskaerm.server.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.Orientation;
import dk.infoskaerm.content.Screen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void builtInFileHasTheEighteenAreasWithOneScreenEach() throws IOException {
        SeedData seed = SeedData.builtIn(TODAY);
        assertEquals(18, seed.areas().size());
        assertEquals(18, seed.screens().size());
        Screen moerkoev = seed.screens().stream().filter(s -> s.id().equals("moerkoev")).findFirst().orElseThrow();
        assertEquals("Mørkøv Brugs", moerkoev.name());
        Screen tuse = seed.screens().stream().filter(s -> s.id().equals("tuse")).findFirst().orElseThrow();
        assertEquals(Orientation.PORTRAIT, tuse.orientation());
        assertTrue(seed.items().stream().anyMatch(i -> i.kind() == ItemKind.MEETING && i.meeting() != null));
    }

    @Test
    void placesItemTimesRelativeToTheFirstStartInCopenhagenTime() throws IOException {
        Item market = SeedData.builtIn(TODAY).items().stream()
                .filter(i -> i.id().equals("demo:moerkoev-julemarked")).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-11-28T09:00:00Z"), market.start());
        assertEquals(Instant.parse("2026-11-28T15:00:00Z"), market.end());
        assertEquals(java.util.Set.of("moerkoev"), market.areas());
    }

    @Test
    void anotherMunicipalityLoadsItsOwnList() throws IOException {
        SeedData seed = SeedData.parse("{\"areas\":[\"Ærø By\",\"Søby\"]}".getBytes(StandardCharsets.UTF_8),
                "kommune.json", TODAY);
        assertEquals("aeroe-by", seed.areas().get(0).slug());
        assertEquals("Infoskærm Søby", seed.screens().get(1).name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}| kommune.json: key 'areas' must list at least one area",
            "{\"areas\":[\"A\",\"a\"]}| kommune.json: key 'areas': two areas have the slug a",
            "{\"areas\":[\"A\"],\"items\":[{\"id\":\"x\",\"kind\":\"fest\",\"title\":\"t\"}]}| kommune.json: item 'x': key 'kind': unknown item kind: 'fest'",
            "{\"areas\":[\"A\"],\"items\":[{\"id\":\"x\",\"kind\":\"event\",\"title\":\"t\",\"areas\":[\"b\"],\"startsInDays\":1}]}| kommune.json: item 'x': key 'areas': unknown area slug 'b'",
            "{\"areas\":[\"A\"],\"items\":[{\"id\":\"x\",\"kind\":\"event\",\"title\":\"t\"}]}| kommune.json: item 'x': key 'startsInDays' is required for event",
            "{\"areas\":[\"A\"],\"screens\":{\"orientation\":\"sideways\"}}| kommune.json: key 'screens.orientation' for a: 'sideways' is not landscape or portrait"
    })
    void badFileIsRefusedNamingFileKeyAndReason(String json, String message) {
        IOException e = assertThrows(IOException.class,
                () -> SeedData.parse(json.getBytes(StandardCharsets.UTF_8), "kommune.json", TODAY));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aPictureIsReadBesideTheSeedFileAndAMissingOneIsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        SeedData builtIn = SeedData.builtIn(TODAY);
        Item stands = builtIn.items().stream().filter(i -> i.id().equals("demo:moerkoev-opslag-stande")).findFirst()
                .orElseThrow();
        assertEquals(ItemKind.ANNOUNCEMENT, stands.kind());
        assertEquals("/api/v1/images/seed-moerkoev-opslag-stande", stands.image());
        assertTrue(builtIn.pictures().get("seed-moerkoev-opslag-stande").length > 10_000, "the picture's bytes");

        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("kommune.json"), """
                {"areas": ["Søby"], "items": [{"id": "opslag", "kind": "announcement", "title": "Loppemarked",
                  "areas": ["soeby"], "image": "billeder/mangler.jpg"}]}
                """);
        IOException e = assertThrows(IOException.class, () -> SeedData.read(file, TODAY));
        assertTrue(e.getMessage().contains("kommune.json") && e.getMessage().contains("key 'image'")
                && e.getMessage().contains("billeder/mangler.jpg"), e.getMessage());
    }
}
