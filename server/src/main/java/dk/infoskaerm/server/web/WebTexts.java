package dk.infoskaerm.server.web;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** What the web pages say, from the resource bundle {@code web/messages} (Danish first; English can follow). */
final class WebTexts {

    static final Locale DANISH = Locale.of("da");

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("web.messages", DANISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private WebTexts() {
    }

    /** The text for {@code key}; a missing key is a bug in the pages. */
    static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** Every text, for the pages' scripts. */
    static Map<String, String> all() {
        Map<String, String> texts = new TreeMap<>();
        for (String key : BUNDLE.keySet()) {
            texts.put(key, BUNDLE.getString(key));
        }
        return texts;
    }
}
