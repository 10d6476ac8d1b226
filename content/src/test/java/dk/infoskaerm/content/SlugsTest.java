package dk.infoskaerm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({
            "Holbæk By, holbaek-by",
            "Orø, oroe",
            "Tuse Næs, tuse-naes",
            "Mørkøv, moerkoev",
            "Store Merløse, store-merloese",
            "Tølløse, toelloese",
            "Vipperød, vipperoed",
            "Undløse, undloese",
            "Åmose, aamose"
    })
    void transliteratesDanishNames(String name, String slug) {
        assertEquals(slug, Slugs.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Moerkoev", "moer koev", "-moerkoev", "a--b", "ø"})
    void rejectsMalformedSlugs(String value) {
        assertFalse(Slugs.isSlug(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "!!!"})
    void refusesNamesWithoutLetters(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Slugs.of(name));
        assertEquals("name gives an empty slug: '" + name + "'", e.getMessage());
    }
}
