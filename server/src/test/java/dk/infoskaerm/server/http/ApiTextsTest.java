package dk.infoskaerm.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The API's error texts: the same keys and placeholders in Danish and English, and each key the code uses there. */
class ApiTextsTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*\\.[\\w.]*\\w)\"");
    /** Texts that are the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    static Properties bundle(String name) throws IOException {
        return Translations.load(name);
    }

    @Test
    void englishHasEveryDanishKeyAndNoOther() throws IOException {
        Translations api = Translations.of("api/errors");
        assertEquals(api.danishKeys(), api.englishKeys());
    }

    @Test
    void noDanishTextIsLeftUntranslated() throws IOException {
        assertEquals(SAME_IN_BOTH, Translations.of("api/errors").sameInBoth());
    }

    @Test
    void eachTextIsAPatternWithTheSamePlaceholdersInBoth() throws IOException {
        Properties da = bundle("api/errors_da");
        Properties en = bundle("api/errors_en");
        for (String key : da.stringPropertyNames()) {
            assertEquals(Translations.placeholders(da.getProperty(key)),
                    Translations.placeholders(en.getProperty(key, "")), key);
            for (String text : new String[] {da.getProperty(key), en.getProperty(key, "")}) {
                new MessageFormat(text);
                // a lone ' would start a quoted part and vanish: an apostrophe is written ''
                assertFalse(text.replace("''", "").contains("'"), key + ": " + text);
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsThereAndEveryTextIsUsed() throws IOException {
        Set<String> api = bundle("api/errors_da").stringPropertyNames();
        Set<String> web = bundle("web/messages_da").stringPropertyNames();
        Set<String> groups = new TreeSet<>();
        api.forEach(key -> groups.add(key.substring(0, key.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    used.add(literal);
                    boolean looksLikeAKey = groups.contains(literal.substring(0, literal.indexOf('.')))
                            && !literal.matches(".*\\.(js|html|css)");
                    if (looksLikeAKey && !api.contains(literal) && !web.contains(literal)) {
                        unknown.add(file.getFileName() + ": " + literal);
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown, "keys used in the code that no bundle has");
        Set<String> unused = new TreeSet<>();
        for (String key : api) {
            // a screenshot's variant of a picture's text is chosen by Images.screenshotPng
            String base = key.endsWith(".screenshot") ? key.substring(0, key.length() - ".screenshot".length()) : key;
            if (!used.contains(base)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "texts no code uses");
        assertTrue(used.contains("images.damaged"), "the scan reads the sources");
    }

    @Test
    void aTextIsFilledInAsByConcatenationInEitherLanguage() {
        ApiException e = new ApiException(io.helidon.http.Status.CONFLICT_409, "screens.exists", "id", "a'b");
        assertEquals("Der findes allerede en skærm med id 'a'b'.", e.getMessage());
        assertEquals("A screen with id 'a'b' already exists.", e.text(ApiTexts.ENGLISH));
        // numbers as the code wrote them, never grouped by the locale
        assertEquals("Størrelsen skal være mellem 64 og 16384 pixel.",
                ApiException.invalid("screens.size", "width").getMessage());
        assertEquals("Antal timer skal være et helt tal fra 1 til 16384.",
                new ApiException(io.helidon.http.Status.BAD_REQUEST_400, "schedule.hours", "hours", 16384).getMessage());
    }
}
