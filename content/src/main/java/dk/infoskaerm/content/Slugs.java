package dk.infoskaerm.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Makes URL-safe identifiers from Danish names: æ→ae, ø→oe, å→aa, spaces→'-', lower case. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    /** The slug of a name, e.g. {@code "Store Merløse"} → {@code "store-merloese"}. */
    public static String of(String name) {
        Objects.requireNonNull(name, "name");
        String s = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("name gives an empty slug: '" + name + "'");
        }
        return s;
    }

    /** Whether {@code value} is a well-formed slug. */
    public static boolean isSlug(String value) {
        return value != null && value.length() <= 64 && VALID.matcher(value).matches();
    }

    static String requireSlug(String value, String what) {
        if (!isSlug(value)) {
            throw new IllegalArgumentException(what + " must be a slug (a-z, 0-9, '-'): '" + value + "'");
        }
        return value;
    }
}
