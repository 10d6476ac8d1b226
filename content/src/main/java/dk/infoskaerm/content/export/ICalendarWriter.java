package dk.infoskaerm.content.export;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.text.DanishDates;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes events and meetings as an RFC 5545 calendar: CRLF lines folded at 75 octets, escaped text, UTC times,
 * all-day events as dates with an exclusive end. Small enough to write directly; our importer reads it back.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(DanishDates.ZONE);

    private ICalendarWriter() {
    }

    /** The calendar named {@code name} holding {@code items} that have a start; {@code now} is the DTSTAMP. */
    public static String write(String name, Collection<Item> items, Instant now) {
        Objects.requireNonNull(name, "name");
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Infoskaerm//Infoskaerm//DA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + DanishDates.ZONE.getId());
        for (Item item : items) {
            if (item.start() != null) {
                event(out, item, now);
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Item item, Instant now) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(item.id()) + "@infoskaerm");
        line(out, "DTSTAMP:" + UTC.format(now));
        if (item.allDay()) {
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(item.start()));
            Instant end = item.end() != null ? item.end() : item.start().plusSeconds(86_400);
            line(out, "DTEND;VALUE=DATE:" + DATE.format(end));
        } else {
            line(out, "DTSTART:" + UTC.format(item.start()));
            if (item.end() != null) {
                line(out, "DTEND:" + UTC.format(item.end()));
            }
        }
        line(out, "SUMMARY:" + text(item.title()));
        String description = description(item);
        if (!description.isEmpty()) {
            line(out, "DESCRIPTION:" + text(description));
        }
        if (!item.location().isEmpty()) {
            line(out, "LOCATION:" + text(item.location()));
        }
        if (!item.url().isEmpty()) {
            line(out, "URL:" + item.url());
        }
        if (item.meeting() != null) {
            line(out, "CATEGORIES:Dialogmøde");
        }
        line(out, "STATUS:CONFIRMED");
        line(out, "END:VEVENT");
    }

    /** The item's summary, and for a dialogue meeting its committee, politicians and sign-up, one per line. */
    static String description(Item item) {
        List<String> lines = new ArrayList<>();
        if (!item.summary().isEmpty()) {
            lines.add(item.summary());
        }
        MeetingDetails meeting = item.meeting();
        if (meeting != null) {
            if (!meeting.committee().isEmpty()) {
                lines.add(FeedTexts.get("meeting.committee", meeting.committee()));
            }
            if (!meeting.politicians().isEmpty()) {
                lines.add(FeedTexts.get("meeting.politicians", String.join(", ", meeting.politicians())));
            }
            if (!meeting.signUp().isEmpty()) {
                lines.add(FeedTexts.get("meeting.signUp", meeting.signUp()));
            }
        }
        return String.join("\n", lines);
    }

    /** Escapes TEXT values (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets without splitting a UTF-8 sequence, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
