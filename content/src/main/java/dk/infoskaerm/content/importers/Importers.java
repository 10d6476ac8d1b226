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
     * @throws SourceException when the body is empty, or not a readable iCalendar file, feed or page with items at all
     */
    public static ImportResult parse(byte[] body, String contentTypeOrNull, URI baseUri, ImportRequest request)
            throws SourceException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(request, "request");
        String source = baseUri == null ? "source " + request.sourceId() : baseUri.toString();
        requireNotBlank(body, source);
        SourceFormat format = SourceFormat.detect(contentTypeOrNull, body).orElseThrow(() ->
                new SourceException(source, ImportTexts.get("format.unknown", String.valueOf(contentTypeOrNull))));
        return parse(body, format, contentTypeOrNull, baseUri, request, true);
    }

    /** Imports a body already known to be in {@code format}; see {@link #parse(byte[], String, URI, ImportRequest)}. */
    public static ImportResult parse(byte[] body, SourceFormat format, URI baseUri, ImportRequest request)
            throws SourceException {
        return parse(body, format, null, baseUri, request);
    }

    /** Imports a body known to be in {@code format}, its charset taken from the Content-Type when it names none. */
    public static ImportResult parse(byte[] body, SourceFormat format, String contentTypeOrNull, URI baseUri,
                                     ImportRequest request) throws SourceException {
        Objects.requireNonNull(format, "format");
        return parse(body, format, contentTypeOrNull, baseUri, request, false);
    }

    private static ImportResult parse(byte[] body, SourceFormat format, String contentType, URI baseUri,
                                      ImportRequest request, boolean detected) throws SourceException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(request, "request");
        String source = baseUri == null ? "source " + request.sourceId() : baseUri.toString();
        requireNotBlank(body, source);
        if (format != SourceFormat.HTML && SourceFormat.sniff(body).orElse(null) == SourceFormat.HTML) {
            throw new SourceException(source, HtmlImporter.NO_ITEMS + " (forventede "
                    + (format == SourceFormat.ICAL ? "en iCalendar-kalender" : "et RSS/Atom-feed") + ")");
        }
        URI base = baseUri != null && Sanitizer.safeUrl(baseUri.toString(), null).isEmpty() ? null : baseUri;
        Problems problems = new Problems();
        List<ImportedItem> items = switch (format) {
            case ICAL -> IcalImporter.parse(Texts.decode(body), source, base, request, problems);
            case RSS -> RssImporter.parse(body, contentType, source, base, request, problems);
            case HTML -> HtmlImporter.parse(Texts.decode(body), source, base, request, problems, detected);
        };
        return new ImportResult(items, problems.toList());
    }

    // An empty 200 is a broken source, never a source that has nothing: its last good items must stay.
    private static void requireNotBlank(byte[] body, String source) throws SourceException {
        boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
                && (body[2] & 0xff) == 0xbf;
        for (int i = bom ? 3 : 0; i < body.length; i++) {
            if (!Character.isWhitespace(body[i] & 0xff)) {
                return;
            }
        }
        throw new SourceException(source, "Svaret var tomt");
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
