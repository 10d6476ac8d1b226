package dk.infoskaerm.server.web;

import dk.infoskaerm.server.http.ApiTexts;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * What the web pages say, from the resource bundles {@code web/messages_da} and {@code web/messages_en}. Danish is
 * the default and what the screens (and the preview of them) always speak; a key missing in English falls back to
 * Danish, and {@code WebTextsTest} fails on it.
 */
final class WebTexts {

    static final Locale DANISH = ApiTexts.DANISH;
    static final Locale ENGLISH = ApiTexts.ENGLISH;
    /** The languages of the pages, the default first. */
    static final List<Locale> LANGUAGES = ApiTexts.LANGUAGES;
    /** The cookie that keeps the language chosen with the switch on every page. */
    static final String COOKIE = ApiTexts.COOKIE;

    private static final Map<Locale, ResourceBundle> BUNDLES = Map.of(DANISH, bundle(DANISH), ENGLISH, bundle(ENGLISH));

    private WebTexts() {
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The Danish text for {@code key}; a missing key is a bug in the pages. */
    static String get(String key) {
        return get(DANISH, key);
    }

    /** The text for {@code key} in {@code language}, Danish where the language lacks it. */
    static String get(Locale language, String key) {
        ResourceBundle bundle = BUNDLES.getOrDefault(language, BUNDLES.get(DANISH));
        return bundle.containsKey(key) ? bundle.getString(key) : BUNDLES.get(DANISH).getString(key);
    }

    /** Every text in {@code language}, for the pages' scripts. */
    static Map<String, String> all(Locale language) {
        Map<String, String> texts = new TreeMap<>();
        for (String key : BUNDLES.get(DANISH).keySet()) {
            texts.put(key, get(language, key));
        }
        return texts;
    }

    /**
     * The language of a page for {@code req}: {@code ?lang=} (the switch), else the cookie it sets, else the first
     * language of Accept-Language the pages speak, else Danish.
     */
    static Locale of(ServerRequest req) {
        return ApiTexts.choose(req.query().first("lang").asOptional()
                        .or(() -> req.headers().cookies().first(COOKIE).asOptional()).orElse(null),
                req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(""));
    }
}
