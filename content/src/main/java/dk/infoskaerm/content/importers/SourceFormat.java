package dk.infoskaerm.content.importers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The formats sources come in. */
public enum SourceFormat {
    /** iCalendar (RFC 5545). */
    ICAL,
    /** RSS 0.9x/1.0/2.0 and Atom. */
    RSS,
    /** An HTML page, with schema.org JSON-LD or read with CSS selectors. */
    HTML;

    /** The format from the content type, else from the first bytes of the body; empty when neither tells. */
    public static Optional<SourceFormat> detect(String contentType, byte[] body) {
        Optional<SourceFormat> sniffed = sniff(body);
        if (sniffed.isPresent()) {
            return sniffed;
        }
        return fromContentType(contentType);
    }

    /** The format a content type such as {@code text/calendar; charset=utf-8} names, if any. */
    public static Optional<SourceFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("text/calendar") || type.equals("application/ics") || type.equals("text/x-vcalendar")) {
            return Optional.of(ICAL);
        }
        if (type.contains("rss") || type.contains("atom") || type.endsWith("/xml") || type.endsWith("+xml")
                && !type.equals("application/xhtml+xml")) {
            return Optional.of(RSS);
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    // The body wins over the content type: servers label .ics files text/plain and feeds text/html.
    static Optional<SourceFormat> sniff(byte[] body) {
        if (body == null) {
            return Optional.empty();
        }
        int n = Math.min(body.length, 1024);
        String head = new String(body, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("begin:vcalendar")) {
            return Optional.of(ICAL);
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return Optional.of(HTML);
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
                || lower.startsWith("<rdf:rdf")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return Optional.of(RSS);
            }
            return lower.contains("<html") ? Optional.of(HTML) : Optional.of(RSS);
        }
        return Optional.empty();
    }
}
