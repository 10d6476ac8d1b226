package dk.infoskaerm.content.importers;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.content.safety.Sanitizer;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML pages: schema.org Event and NewsArticle/Article/BlogPosting in JSON-LD, else the request's CSS selectors. */
final class HtmlImporter {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final String NO_ITEMS = "Kilden svarede med en HTML-side uden arrangementer eller nyheder";

    private final ImportRequest request;
    private final URI base;
    private final Problems problems;
    private final List<ImportedItem> items = new ArrayList<>();
    private int described;

    private HtmlImporter(ImportRequest request, URI base, Problems problems) {
        this.request = request;
        this.base = base;
        this.problems = problems;
    }

    /**
     * The page's items; a page that describes no event or article at all (an error page, a login wall, a moved
     * feed) is a broken source, not an empty one, and throws. {@code detected}: the format was guessed, not set.
     */
    static List<ImportedItem> parse(String html, String source, URI base, ImportRequest request, Problems problems,
                                    boolean detected) throws SourceException {
        Document doc = Jsoup.parse(html, base == null ? "" : base.toString());
        HtmlImporter importer = new HtmlImporter(request, base, problems);
        boolean foundJsonLd = false;
        int block = 0;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            block++;
            try {
                JsonNode node = Json.mapper().readTree(script.data());
                if (node != null) {
                    importer.walk(node);
                    foundJsonLd = true;
                }
            } catch (IOException e) {
                problems.add(ImportTexts.get("jsonld.invalid", block));
            }
        }
        if (request.selectors() != null && (!foundJsonLd || importer.items.isEmpty())) {
            importer.described += SelectorReader.read(doc, request, problems, importer.items);
        }
        if (importer.described == 0) {
            String title = Sanitizer.plainText(doc.title(), 80);
            throw new SourceException(source, NO_ITEMS + (detected
                    ? " (forventede et RSS/Atom-feed eller en iCalendar-kalender)"
                    : " (hverken schema.org JSON-LD Event/NewsArticle eller elementer fundet med kildens CSS-selektorer)")
                    + (title.isEmpty() ? "" : "; sidens titel: »" + title + "«"));
        }
        return importer.items;
    }

    private void walk(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::walk);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            walk(node.get("@graph"));
        }
        List<String> types = types(node);
        try {
            if (types.stream().anyMatch(t -> t.endsWith("Event"))) {
                described++;
                event(node);
            } else if (types.stream().anyMatch(t -> t.equals("NewsArticle") || t.equals("Article")
                    || t.equals("BlogPosting") || t.equals("ReportageNewsArticle"))) {
                described++;
                article(node);
            }
        } catch (RuntimeException e) {
            problems.add(ImportTexts.skipped(describe(node), e));
        }
    }

    private void event(JsonNode node) {
        String title = Sanitizer.plainText(text(node, "name"), MAX_TITLE);
        if (title.isEmpty()) {
            problems.add(ImportTexts.get("jsonld.noName", describe(node)));
            return;
        }
        Optional<LenientDates.Parsed> start = LenientDates.parse(text(node, "startDate"));
        if (start.isEmpty()) {
            problems.add(ImportTexts.get("jsonld.startUnreadable", describe(node), text(node, "startDate")));
            return;
        }
        Optional<LenientDates.Parsed> end = LenientDates.parse(text(node, "endDate"));
        boolean allDay = start.get().dateOnly();
        Instant s = start.get().instant();
        Instant e;
        if (allDay) {
            LocalDate last = end.map(p -> p.dateOnly() ? p.date() : null).orElse(start.get().date());
            e = (last.isBefore(start.get().date()) ? start.get().date() : last).plusDays(1)
                    .atStartOfDay(dk.infoskaerm.content.text.DanishDates.ZONE).toInstant();
        } else {
            e = end.map(LenientDates.Parsed::instant).filter(x -> !x.isBefore(s)).orElse(null);
        }
        if (!request.inWindow(s, e)) {
            return;
        }
        String url = url(node);
        String key = firstNonBlank(text(node, "@id"), url.isEmpty() ? null : url + "#" + s, title + "/" + s);
        Item item = new Item(Ids.of(request.sourceId(), key), request.sourceId(), request.kindOr(ItemKind.EVENT),
                title, Sanitizer.plainText(text(node, "description"), MAX_SUMMARY), s, e, allDay,
                location(node.get("location")), url, null, null, null, request.areas(), null);
        items.add(new ImportedItem(item, ImportedItem.statusOf(text(node, "eventStatus"))));
    }

    private void article(JsonNode node) {
        String title = Sanitizer.plainText(firstNonBlank(text(node, "headline"), text(node, "name")), MAX_TITLE);
        if (title.isEmpty()) {
            problems.add(ImportTexts.get("jsonld.noHeadline", describe(node)));
            return;
        }
        Instant published = LenientDates.parse(firstNonBlank(text(node, "datePublished"), text(node, "dateCreated"),
                text(node, "dateModified"))).map(LenientDates.Parsed::instant).orElse(null);
        if (published == null) {
            problems.add(ImportTexts.get("jsonld.noPublished", describe(node)));
        }
        String url = url(node);
        if (url.isEmpty() && base != null) {
            url = Sanitizer.safeUrl(base.toString(), null);
        }
        String summary = firstNonBlank(text(node, "description"), text(node, "articleBody"));
        String key = firstNonBlank(text(node, "@id"), url, title);
        Item item = new Item(Ids.of(request.sourceId(), key), request.sourceId(), request.kindOr(ItemKind.NEWS),
                title, Sanitizer.plainText(summary, MAX_SUMMARY), null, null, false, "", url, published, null, null,
                request.areas(), null);
        items.add(new ImportedItem(item, ImportedItem.CONFIRMED));
    }

    private String url(JsonNode node) {
        String url = text(node, "url");
        if (url == null) {
            JsonNode page = node.get("mainEntityOfPage");
            url = page == null ? null : page.isTextual() ? page.asText() : text(page, "@id");
        }
        return Sanitizer.safeUrl(url, base);
    }

    /** "Name, Street, Town" from a Place with a PostalAddress, a plain string, or a list of either. */
    static String location(JsonNode location) {
        if (location == null || location.isNull()) {
            return "";
        }
        if (location.isTextual()) {
            return Sanitizer.plainText(location.asText(), MAX_TITLE);
        }
        if (location.isArray()) {
            return location.isEmpty() ? "" : location(location.get(0));
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, text(location, "name"));
        JsonNode address = location.get("address");
        if (address != null && address.isTextual()) {
            if (!parts.isEmpty() && address.asText().startsWith(parts.get(0))) {
                parts.clear();
            }
            addPart(parts, address.asText());
        } else if (address != null && address.isObject()) {
            addPart(parts, text(address, "streetAddress"));
            String town = orEmpty(text(address, "postalCode")) + " " + orEmpty(text(address, "addressLocality"));
            addPart(parts, town.strip());
        }
        return Sanitizer.plainText(String.join(", ", parts), MAX_TITLE);
    }

    private static void addPart(List<String> parts, String part) {
        if (part != null && !part.isBlank() && !parts.contains(part.strip())) {
            parts.add(part.strip());
        }
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> out = new ArrayList<>(2);
        if (type == null) {
            return out;
        }
        if (type.isArray()) {
            type.forEach(t -> out.add(shortType(t.asText())));
        } else {
            out.add(shortType(type.asText()));
        }
        return out;
    }

    private static String shortType(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return slash >= 0 ? type.substring(slash + 1) : type;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return value != null && value.isArray() && !value.isEmpty() && value.get(0).isValueNode()
                    ? value.get(0).asText() : null;
        }
        return value.asText();
    }

    private static String describe(JsonNode node) {
        String name = orEmpty(firstNonBlank(text(node, "name"), text(node, "headline")));
        String types = String.join("/", types(node));
        return name.isEmpty() ? ImportTexts.get("jsonld.item", types)
                : ImportTexts.get("jsonld.itemTitled", types, Sanitizer.plainText(name, 60));
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
