package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WebTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (var in = WebTextsTest.class.getResourceAsStream("/web/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void englishHasEveryDanishKeyAndNoOther() throws IOException {
        assertEquals(new TreeSet<>(bundle("da").stringPropertyNames()), new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    /** Words the same in both languages; any other text the same in English is Danish left untranslated. */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "page.audit", "dashboard.count.online",
            "dashboard.count.offline", "screenStatus.online", "screenStatus.offline", "queue.link",
            "audit.targetType", "sources.id", "sources.format", "sources.selector.link", "sourceState.ok",
            "screens.id", "role.admin", "contact.lokalforum", "contact.personEmail", "book.status", "bookAdmin.status",
            "signup.person", "area.lokalforum", "area.person");

    @Test
    void noDanishTextIsLeftUntranslated() throws IOException {
        Properties da = bundle("da");
        Properties en = bundle("en");
        Set<String> same = new TreeSet<>();
        for (String key : da.stringPropertyNames()) {
            if (da.getProperty(key).equals(en.getProperty(key))) {
                same.add(key);
            }
        }
        assertEquals(new TreeSet<>(SAME_IN_BOTH), same);
    }

    @Test
    void eachTranslationFillsInTheSamePlaceholders() throws IOException {
        Properties da = bundle("da");
        Properties en = bundle("en");
        for (String key : da.stringPropertyNames()) {
            assertEquals(placeholders(da.getProperty(key)), placeholders(en.getProperty(key, "")), key);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
