package dk.infoskaerm.content.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Danish texts feeds out put in front of readers, from {@code feeds_da.properties}. */
final class FeedTexts {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dk.infoskaerm.content.export.feeds", DANISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private FeedTexts() {
    }

    /** The text under {@code key} with {@code args} filled in. */
    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), DANISH).format(args);
    }
}
