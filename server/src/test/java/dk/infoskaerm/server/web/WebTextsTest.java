package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.infoskaerm.server.Translations;
import java.io.IOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WebTextsTest {

    static Properties bundle(String language) throws IOException {
        return Translations.load("web/messages_" + language);
    }

    @Test
    void englishHasEveryDanishKeyAndNoOther() throws IOException {
        Translations web = Translations.of("web/messages");
        assertEquals(web.danishKeys(), web.englishKeys());
    }

    /** Words the same in both languages; any other text the same in English is Danish left untranslated. */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "page.audit", "dashboard.count.online",
            "dashboard.count.offline", "screenStatus.online", "screenStatus.offline", "queue.link",
            "audit.targetType", "sources.id", "sources.format", "sources.selector.link", "sourceState.ok",
            "screens.id", "role.admin", "contact.lokalforum", "contact.personEmail", "book.status", "bookAdmin.status",
            "signup.person", "area.lokalforum", "area.person");

    @Test
    void noDanishTextIsLeftUntranslated() throws IOException {
        assertEquals(new TreeSet<>(SAME_IN_BOTH), Translations.of("web/messages").sameInBoth());
    }

    @Test
    void eachTranslationFillsInTheSamePlaceholders() throws IOException {
        Properties da = bundle("da");
        Properties en = bundle("en");
        for (String key : da.stringPropertyNames()) {
            assertEquals(Translations.placeholders(da.getProperty(key)),
                    Translations.placeholders(en.getProperty(key, "")), key);
        }
    }
}
