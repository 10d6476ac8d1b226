package dk.infoskaerm.render;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words the screen shows, from the {@code Texts} resource bundle. */
final class Texts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("dk.infoskaerm.render.Texts", Locale.of("da", "DK"));

    private Texts() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }
}
