package dk.infoskaerm.content.safety;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** The one place untrusted text is made safe: plain text for screens, basic HTML for the web, http(s) URLs only. */
public final class Sanitizer {

    /** Longest plain text {@link #plainText(String)} returns by default. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    private static final Safelist BASIC = Safelist.basic().removeProtocols("a", "href", "ftp", "mailto");

    private Sanitizer() {
    }

    /** Plain text of untrusted HTML: no tags, entities decoded, whitespace collapsed, at most 2000 characters. */
    public static String plainText(String html) {
        return plainText(html, DEFAULT_MAX_LENGTH);
    }

    /** Plain text of untrusted HTML, cut at a word boundary to at most {@code maxLength} characters (with "…"). */
    public static String plainText(String html, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0
                ? html
                : Jsoup.parseBodyFragment(html).body().text();
        return cap(collapse(text), maxLength);
    }

    /**
     * Text that is already plain (an Atom {@code type="text"} title): whitespace collapsed and cut like
     * {@link #plainText(String, int)}, but not parsed as HTML, so "History of the &lt;blink&gt; tag" keeps its words.
     */
    public static String text(String plain, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        return plain == null || plain.isBlank() ? "" : cap(collapse(plain), maxLength);
    }

    /** Untrusted HTML reduced to jsoup's basic safelist: no script, no event handlers, only http(s) links. */
    public static String safeHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(BASIC).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /**
     * An absolute http(s) URL for {@code url} resolved against {@code base} (which may be null), or "" when the URL
     * is blank, malformed or of another scheme (javascript:, data:, file: …).
     */
    public static String safeUrl(String url, URI base) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String trimmed = Parser.unescapeEntities(url.strip(), true).replace(" ", "%20");
        try {
            URI uri = new URI(trimmed);
            if (!uri.isAbsolute() && base != null && isHttp(base)) {
                uri = base.resolve(uri);
            }
            if (!isHttp(uri) || uri.getHost() == null || uri.getHost().isEmpty()) {
                return "";
            }
            return uri.normalize().toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return false;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https");
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String cap(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength - 1);
        if (cut < maxLength / 2) {
            cut = maxLength - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
