package dk.infoskaerm.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.server.http.ApiException;
import io.helidon.http.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceInputTest {

    @Test
    void importableKindsAreAccepted() {
        for (ItemKind kind : ItemKind.importableKinds()) {
            assertEquals(kind, SourceInput.requireKind(kind.wireName()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"announcement", "urgent", "party", "EVENT", ""})
    void otherKindsAreRefusedNamingTheImportableOnes(String kind) {
        ApiException e = assertThrows(ApiException.class, () -> SourceInput.requireKind(kind));

        assertEquals(Status.UNPROCESSABLE_CONTENT_422, e.status());
        assertEquals("kind", e.field());
        assertEquals("Slags indhold skal være event, meeting eller news.", e.getMessage());
    }

    @Test
    void aMissingKindIsRefused() {
        assertEquals("kind", assertThrows(ApiException.class, () -> SourceInput.requireKind(null)).field());
    }

    @Test
    void aSourceNameIsCleanedLikeEveryOtherField() {
        SourceInput input = new SourceInput(null, "<b>Mørkøv</b> \u202ELokalforum\u200B", "news", "auto",
                "https://moerkoev.dk/feed/", java.util.List.of(), null, null, null);
        Source source = input.toSource(null, area -> true);
        assertEquals("Mørkøv Lokalforum", source.name());
    }
}
