package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.safety.Sanitizer;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The one entry point to the importers: bytes from a source in, sanitised items and problems out. */
public final class Importers {

    private Importers() {
    }

    /**
     * Imports a source's body.
     *
     * @param body the bytes as fetched or read
     * @param contentTypeOrNull the Content-Type header, or null; the body's first bytes win when they are clear
     * @param baseUri the source's URL (or file URI), to resolve relative links and to name the source in errors
     * @param request the source id, kind, areas, window and selectors
     * @return the items, cancelled ones included with their status, and the problems met
     * @throws SourceException when the body is not a readable iCalendar file, feed or page at all
     */
    public static ImportResult parse(byte[] body, String contentTypeOrNull, URI baseUri, ImportRequest request)
            throws SourceException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(request, "request");
        String source = baseUri == null ? "source " + request.sourceId() : baseUri.toString();
        SourceFormat format = SourceFormat.detect(contentTypeOrNull, body).orElseThrow(() ->
                new SourceException(source, body.length == 0 ? "empty response"
                        : "neither iCalendar, RSS/Atom nor HTML (content type " + contentTypeOrNull + ")"));
        return parse(body, format, baseUri, request);
    }

    /** Imports a body already known to be in {@code format}; see {@link #parse(byte[], String, URI, ImportRequest)}. */
    public static ImportResult parse(byte[] body, SourceFormat format, URI baseUri, ImportRequest request)
            throws SourceException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(request, "request");
        String source = baseUri == null ? "source " + request.sourceId() : baseUri.toString();
        URI base = baseUri != null && Sanitizer.safeUrl(baseUri.toString(), null).isEmpty() ? null : baseUri;
        Problems problems = new Problems();
        List<ImportedItem> items = switch (format) {
            case ICAL -> IcalImporter.parse(Texts.decode(body), source, base, request, problems);
            case RSS -> RssImporter.parse(body, source, base, request, problems);
            case HTML -> HtmlImporter.parse(Texts.decode(body), base, request, problems);
        };
        return new ImportResult(items, problems.toList());
    }

    /**
     * Collapses the same event arriving from several sources (same normalised title, same start) to the first one
     * seen; items without a start are kept as they are. Order is kept.
     */
    public static List<Item> dedupe(Collection<Item> items) {
        Map<String, Item> seen = new LinkedHashMap<>();
        List<Item> out = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item.start() == null) {
                out.add(item);
                continue;
            }
            Item first = seen.putIfAbsent(dedupeKey(item.title(), item.start()), item);
            // within one source items are told apart by their identity; only another source's copy is a duplicate
            if (first == null || first.sourceId().equals(item.sourceId())) {
                out.add(item);
            }
        }
        return out;
    }

    /** Lower case, no accents or punctuation, single spaces: "Go’ Dialog!" and "go dialog" match. */
    static String dedupeKey(String title, Instant start) {
        String folded = title.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        folded = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded + "|" + start;
    }
}
