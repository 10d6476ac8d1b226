package dk.infoskaerm.server.http;

import io.helidon.http.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * Untrusted text made plain and inert before it is stored: Unicode normalised (NFC, and NFKC for full-width and
 * half-width forms, so {@code ＜script＞} is seen as the tag it imitates), bidirectional controls, zero-width
 * characters and lone surrogates dropped, markup removed with jsoup, entities decoded, repeated until nothing
 * changes (so double-encoded tags go too), control characters dropped; and URLs limited to http/https.
 */
public final class PlainText {

    /** A host name of letters, digits and hyphens with a dot and a top-level domain, then optionally a path. */
    private static final java.util.regex.Pattern BARE_DOMAIN = java.util.regex.Pattern.compile(
            "(?i)(?:www\\.)?(?:[a-z0-9æøå](?:[a-z0-9æøå-]*[a-z0-9æøå])?\\.)+[a-z]{2,24}(?:[/?#]\\S*)?");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");
    /** Bidi embeddings, overrides, isolates and marks; zero-width space, non-joiner, word joiner and BOM. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C"
            + "\\u200B\\u200C\\u2060\\uFEFF]");
    /** A surrogate without its partner. */
    private static final Pattern LONE_SURROGATE = Pattern.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])"
            + "|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    /** Full-width and half-width forms, whose compatibility decomposition is the plain character they imitate. */
    private static final Pattern WIDTH_FORM = Pattern.compile("[\\uFF01-\\uFFEE]+");

    private PlainText() {
    }

    /** {@code text} without markup, as plain text; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String current = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        current = LONE_SURROGATE.matcher(current).replaceAll("");
        current = WIDTH_FORM.matcher(Normalizer.normalize(current, Normalizer.Form.NFC))
                .replaceAll(m -> Matcher.quoteReplacement(Normalizer.normalize(m.group(), Normalizer.Form.NFKC)));
        current = INVISIBLE.matcher(current).replaceAll("");
        for (int round = 0; round < 5; round++) {
            String next = Parser.unescapeEntities(Jsoup.clean(current, "", Safelist.none(), OUTPUT), false);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        // What is left after five rounds is an attack that keeps nesting; no tag may start in stored text.
        return TAG_START.matcher(current).replaceAll("").strip();
    }

    /**
     * A cleaned text field: required means not blank; longer than {@code max} characters gives 422 naming it.
     * Returns "" for an absent optional field.
     */
    public static String field(String value, String field, int max, boolean required) {
        String text = clean(value);
        if (text == null || text.isBlank()) {
            if (required) {
                throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "field.required", field);
            }
            return "";
        }
        if (text.length() > max) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "field.tooLong", field, max, text.length());
        }
        return text;
    }

    /** An optional absolute http/https URL ("" when absent); anything else gives 422 naming {@code field}. */
    public static String url(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String url = withScheme(value.strip());
        if (url.length() > max) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "field.linkTooLong", field, max);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !url.contains("<") && !url.contains(">") && !url.contains("\"")) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                "field.linkNotUrl", field);
    }

    /** A bare domain with a dot and a top-level domain ("moerkoev.dk/fest") as people type it, given https://. */
    static String withScheme(String url) {
        return BARE_DOMAIN.matcher(url).matches() ? "https://" + url : url;
    }
}
