package dk.infoskaerm.content.importers;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What imports report, in Danish from the bundle {@code problems}: the words a volunteer reads on Test kilde. */
final class ImportTexts {

    private static final Locale DANISH = Locale.of("da");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dk.infoskaerm.content.importers.problems",
            DANISH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ImportTexts() {
    }

    /** The text for {@code key} with {@code args} filled in; a missing key is a bug here. */
    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), DANISH).format(args);
    }

    /** That {@code what} was skipped because of {@code e}, naming the value it could not read when known. */
    static String skipped(String what, RuntimeException e) {
        return e instanceof java.time.format.DateTimeParseException p
                ? get("item.skippedValue", what, p.getParsedString()) : get("item.skipped", what);
    }

    /** The value {@code e} could not read, or its message. */
    static String unreadable(RuntimeException e) {
        return e instanceof java.time.format.DateTimeParseException p ? p.getParsedString() : String.valueOf(e.getMessage());
    }
}
