package dk.infoskaerm.server.sources;

import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.Slugs;
import dk.infoskaerm.content.importers.Selectors;
import dk.infoskaerm.server.http.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A source as an administrator sends it; {@link #toSource} checks every field and answers 422 in Danish, naming
 * the field, for the first one that is wrong.
 */
record SourceInput(String id, String name, String kind, String format, String url, List<String> areas,
                   Integer pollMinutes, SelectorsInput selectors, Boolean enabled) {

    /** Shortest and longest poll interval, minutes. */
    static final int MIN_POLL_MINUTES = 5;
    static final int MAX_POLL_MINUTES = 1440;
    static final int DEFAULT_POLL_MINUTES = 60;
    private static final Set<String> FORMATS = Set.of("ical", "rss", "html", "auto");
    private static final Set<String> RESERVED_IDS = Set.of("test");

    /** CSS selectors as sent. */
    record SelectorsInput(String item, String title, String date, String location, String link, String summary) {
    }

    /** The checked source; {@code pathId} is the id from the URL when editing, else null. */
    Source toSource(String pathId, Predicate<String> areaExists) {
        // cleaned like every other field people type: no markup, no invisible or broken characters
        String cleanName = PlainText.clean(name);
        if (cleanName == null || cleanName.isBlank() || cleanName.length() > 200) {
            throw invalid("sources.name", "name");
        }
        String sourceId = pathId != null ? pathId : isBlank(id) ? idFromName(cleanName) : id;
        if (pathId == null && (!Slugs.isSlug(sourceId) || RESERVED_IDS.contains(sourceId))) {
            throw invalid("sources.id", "id");
        }
        if (pathId != null && id != null && !id.equals(pathId)) {
            throw invalid("sources.idFixed", "id");
        }
        int minutes = pollMinutes == null ? DEFAULT_POLL_MINUTES : pollMinutes;
        if (minutes < MIN_POLL_MINUTES || minutes > MAX_POLL_MINUTES) {
            throw invalid("sources.pollMinutes", "pollMinutes", MIN_POLL_MINUTES, MAX_POLL_MINUTES);
        }
        Set<String> areaSlugs = new LinkedHashSet<>();
        for (String area : areas == null ? List.<String>of() : areas) {
            if (area == null || !areaExists.test(area)) {
                throw invalid("sources.areaUnknown", "areas", area);
            }
            areaSlugs.add(area);
        }
        return new Source(sourceId, cleanName, requireKind(kind), requireFormat(format), requireUrl(url), areaSlugs,
                minutes, requireSelectors(selectors), enabled == null || enabled);
    }

    static ItemKind requireKind(String kind) {
        List<String> kinds = ItemKind.importableKinds().stream().map(ItemKind::wireName).toList();
        return ItemKind.findByWire(kind).filter(ItemKind::importable).orElseThrow(() -> invalid("sources.kind", "kind",
                String.join(", ", kinds.subList(0, kinds.size() - 1)), kinds.getLast()));
    }

    static String requireFormat(String format) {
        String f = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw invalid("sources.format", "format");
        }
        return f;
    }

    static String requireUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw invalid("sources.urlMissing", "url");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw invalid("sources.urlNotFull", "url", url);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw invalid("sources.urlInvalid", "url", url);
        }
    }

    static Selectors requireSelectors(SelectorsInput s) {
        if (s == null) {
            return null;
        }
        if (isBlank(s.item()) || isBlank(s.title())) {
            throw invalid("sources.selectors", "selectors");
        }
        String[] names = {"item", "title", "date", "location", "link", "summary"};
        String[] values = {s.item(), s.title(), s.date(), s.location(), s.link(), s.summary()};
        for (int i = 0; i < names.length; i++) {
            if (isBlank(values[i])) {
                continue;
            }
            if (values[i].length() > 300) {
                throw invalid("sources.selectorTooLong", "selectors." + names[i], names[i]);
            }
            try {
                QueryParser.parse(values[i]);
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw invalid("sources.selectorInvalid", "selectors." + names[i], names[i], values[i]);
            }
        }
        return new Selectors(s.item().strip(), s.title().strip(), blankToNull(s.date()), blankToNull(s.location()),
                blankToNull(s.link()), blankToNull(s.summary()));
    }

    /** The id the hint on the form promises when it is left empty: the name's slug, cut to the slug limit. */
    private static String idFromName(String name) {
        try {
            String slug = Slugs.of(name);
            return slug.length() <= 64 ? slug : slug.substring(0, 64).replaceAll("-+$", "");
        } catch (IllegalArgumentException noLettersOrDigits) {
            return "";
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    static ApiException invalid(String key, String field, Object... args) {
        return ApiException.invalid(key, field, args);
    }
}
