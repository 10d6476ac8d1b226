package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.text.DanishDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dates as websites really write them: ISO-8601 with or without offset, RFC 822 with or without a day name or
 * with a zone abbreviation, and Danish forms such as "5. december 2026 kl. 14.00". No offset means
 * Europe/Copenhagen; a date alone is all-day.
 */
final class LenientDates {

    /** A parsed date: the instant it starts, and whether only the day was given. */
    record Parsed(Instant instant, LocalDate date) {

        boolean dateOnly() {
            return date != null;
        }
    }

    private static final Map<String, String> ZONE_ABBREVIATIONS = Map.of(
            "CET", "+0100", "CEST", "+0200", "GMT", "+0000", "UT", "+0000", "UTC", "+0000", "Z", "+0000",
            "EST", "-0500", "EDT", "-0400", "PST", "-0800", "PDT", "-0700");

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            english("EEE, d MMM uuuu HH:mm[:ss] Z"),
            english("d MMM uuuu HH:mm[:ss] Z"),
            english("EEE, d MMM yy HH:mm[:ss] Z"),
            english("EEE MMM d HH:mm:ss Z uuuu"));

    private static final List<DateTimeFormatter> LOCAL_DATE_TIME = List.of(
            english("uuuu-MM-dd HH:mm[:ss]"),
            danish("d. MMMM uuuu 'kl.' HH[.mm][:mm]"),
            danish("d. MMMM uuuu HH[.mm][:mm]"),
            danish("EEEE 'den' d. MMMM uuuu 'kl.' HH[.mm][:mm]"),
            danish("EEEE d. MMMM uuuu 'kl.' HH[.mm][:mm]"),
            danish("d/M uuuu 'kl.' HH[.mm][:mm]"),
            english("d-M-uuuu HH[.mm][:mm]"),
            english("d.M.uuuu HH[.mm][:mm]"));

    private static final List<DateTimeFormatter> LOCAL_DATE = List.of(
            danish("d. MMMM uuuu"),
            danish("EEEE 'den' d. MMMM uuuu"),
            danish("EEEE d. MMMM uuuu"),
            danish("d/M uuuu"),
            english("d-M-uuuu"),
            english("d.M.uuuu"),
            english("d MMM uuuu"));

    private LenientDates() {
    }

    static Optional<Parsed> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip().replaceAll("\\s+", " ");
        try {
            if (text.length() == 10 && text.charAt(4) == '-') {
                return Optional.of(dateOnly(LocalDate.parse(text)));
            }
            if (text.length() > 10 && text.charAt(4) == '-' && (text.charAt(10) == 'T' || text.charAt(10) == 't')) {
                TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                        LocalDateTime::from);
                return Optional.of(t instanceof ZonedDateTime z ? at(z.toInstant())
                        : at(((LocalDateTime) t).atZone(DanishDates.ZONE).toInstant()));
            }
        } catch (DateTimeParseException e) {
            // fall through to the other shapes
        }
        String withOffset = replaceZoneAbbreviation(text);
        for (DateTimeFormatter f : WITH_OFFSET) {
            try {
                return Optional.of(at(OffsetDateTime.parse(withOffset, f).toInstant()));
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIME) {
            try {
                return Optional.of(at(LocalDateTime.parse(text, f).atZone(DanishDates.ZONE).toInstant()));
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        for (DateTimeFormatter f : LOCAL_DATE) {
            try {
                return Optional.of(dateOnly(LocalDate.parse(text, f)));
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        return Optional.empty();
    }

    private static Parsed at(Instant instant) {
        return new Parsed(instant, null);
    }

    private static Parsed dateOnly(LocalDate date) {
        return new Parsed(date.atStartOfDay(DanishDates.ZONE).toInstant(), date);
    }

    private static String replaceZoneAbbreviation(String text) {
        int space = text.lastIndexOf(' ');
        if (space > 0) {
            String offset = ZONE_ABBREVIATIONS.get(text.substring(space + 1).toUpperCase(Locale.ROOT));
            if (offset != null) {
                return text.substring(0, space + 1) + offset;
            }
        }
        return text;
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0).toFormatter(Locale.ENGLISH);
    }

    private static DateTimeFormatter danish(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0).toFormatter(Locale.of("da", "DK"));
    }
}
