package dk.infoskaerm.server;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Danish bundle and its English twin, as the checks of the web pages' and the API's texts read them. */
public record Translations(Properties danish, Properties english) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    /** The bundles {@code base + "_da.properties"} and {@code base + "_en.properties"} on the classpath. */
    public static Translations of(String base) throws IOException {
        return new Translations(load(base + "_da"), load(base + "_en"));
    }

    /** The bundle {@code name + ".properties"} on the classpath, read as UTF-8. */
    public static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (var in = Translations.class.getResourceAsStream("/" + name + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** The keys of each bundle, sorted. */
    public Set<String> danishKeys() {
        return new TreeSet<>(danish.stringPropertyNames());
    }

    /** The English keys, sorted. */
    public Set<String> englishKeys() {
        return new TreeSet<>(english.stringPropertyNames());
    }

    /** The keys whose English text is the Danish one. */
    public Set<String> sameInBoth() {
        Set<String> same = new TreeSet<>();
        for (String key : danish.stringPropertyNames()) {
            if (danish.getProperty(key).equals(english.getProperty(key))) {
                same.add(key);
            }
        }
        return same;
    }

    /** The placeholders ({0}, {1}, …) of {@code text}. */
    public static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
