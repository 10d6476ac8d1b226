package dk.infoskaerm.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the API says when it refuses a request, from the resource bundles {@code api/errors_da} and
 * {@code api/errors_en}, as {@link MessageFormat} patterns. Danish is the default; {@code ApiTextsTest} checks that
 * both have the same keys and that every key the code uses is there.
 */
public final class ApiTexts {

    /** The default language, and the one of logs and screens. */
    public static final Locale DANISH = Locale.of("da");
    /** The other language of the pages and the API. */
    public static final Locale ENGLISH = Locale.of("en");
    /** The languages spoken, the default first. */
    public static final List<Locale> LANGUAGES = List.of(DANISH, ENGLISH);
    /** The cookie that keeps the language chosen with the switch on the pages. */
    public static final String COOKIE = "isk_lang";

    private static final Map<Locale, ResourceBundle> BUNDLES = Map.of(DANISH, bundle(DANISH), ENGLISH, bundle(ENGLISH));

    private ApiTexts() {
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("api.errors", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key} in {@code language} with {@code args} filled in; a missing key is a bug. */
    static String text(Locale language, String key, Object... args) {
        ResourceBundle bundle = BUNDLES.getOrDefault(language, BUNDLES.get(DANISH));
        return new MessageFormat(bundle.getString(key), language).format(args);
    }

    /** Whether {@code key} is a text of the API. */
    public static boolean has(String key) {
        return BUNDLES.get(DANISH).containsKey(key);
    }

    /**
     * The language to answer {@code req} in: the one chosen on the pages (the cookie), else the first language of
     * Accept-Language that is spoken here, else Danish. The API never sets the cookie.
     */
    public static Locale of(ServerRequest req) {
        return choose(req.headers().cookies().first(COOKIE).orElse(null),
                req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(""));
    }

    /** The language named {@code asked} if spoken here, else the first of {@code acceptLanguage}, else Danish. */
    public static Locale choose(String asked, String acceptLanguage) {
        for (Locale language : LANGUAGES) {
            if (language.getLanguage().equals(asked)) {
                return language;
            }
        }
        for (Locale.LanguageRange range : parse(acceptLanguage)) {
            for (Locale language : LANGUAGES) {
                if (range.getRange().equals("*") || range.getRange().startsWith(language.getLanguage())) {
                    return language;
                }
            }
        }
        return DANISH;
    }

    private static List<Locale.LanguageRange> parse(String accept) {
        try {
            return Locale.LanguageRange.parse(accept);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
