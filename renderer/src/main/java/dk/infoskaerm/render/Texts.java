package dk.infoskaerm.render;

import java.awt.Font;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words the screen shows, from the {@code Texts} resource bundle, and what of a text the fonts can draw. */
final class Texts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("dk.infoskaerm.render.Texts", Locale.of("da", "DK"));

    private Texts() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    /**
     * {@code text} without the characters {@code font} cannot draw (an emoji without an emoji font, a variation
     * selector), so no empty box appears; with Debian's Symbola installed the emoji stay.
     */
    static String displayable(String text, Font font) {
        if (text == null || font.canDisplayUpTo(text) < 0) {
            return text == null ? "" : text;
        }
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(cp -> Character.isWhitespace(cp) || font.canDisplay(cp)).forEach(kept::appendCodePoint);
        return kept.toString().replaceAll(" {2,}", " ").strip();
    }
}
