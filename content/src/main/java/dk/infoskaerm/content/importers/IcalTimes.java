package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.text.DanishDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** iCalendar date and date-time values, read in the zone their TZID names. */
final class IcalTimes {

    /** A DATE (all-day) or a local DATE-TIME with the zone it is read in. */
    record When(LocalDate date, LocalDateTime local, ZoneRules zone) {

        boolean allDay() {
            return date != null;
        }

        /** The instant; a local time in a summer-time gap moves forward by the gap, as {@code ZonedDateTime} does. */
        Instant instant() {
            if (allDay()) {
                return date.atStartOfDay(DanishDates.ZONE).toInstant();
            }
            List<ZoneOffset> offsets = zone.getValidOffsets(local);
            if (offsets.isEmpty()) {
                ZoneOffsetTransition gap = zone.getTransition(local);
                return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
            }
            return local.toInstant(offsets.getFirst());
        }

        /** The date it falls on where it is written: its DATE, or its local date in its zone. */
        LocalDate day() {
            return allDay() ? date : local.toLocalDate();
        }

        /** The local time of an instant in this time's zone. */
        LocalDateTime localOf(Instant instant) {
            return LocalDateTime.ofInstant(instant, zone.getOffset(instant));
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME_NO_SECONDS =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm", Locale.ROOT);

    private IcalTimes() {
    }

    static When when(IcalReader.Prop prop, IcalZones zones) {
        return when(prop.value().strip(), prop.param("VALUE"), prop.param("TZID"), zones);
    }

    static When when(String value, String valueType, String tzid, IcalZones zones) {
        if ("DATE".equalsIgnoreCase(valueType) || value.length() == 8) {
            // VALUE=DATE (RFC 5545 §3.2.20) wins over a time part some exporters still write; the date part is read
            return new When(LocalDate.parse(mislabelledDate(value, valueType) ? value.substring(0, 8) : value, DATE),
                    null, null);
        }
        if (value.endsWith("Z") || value.endsWith("z")) {
            Instant utc = localDateTime(value.substring(0, value.length() - 1)).toInstant(ZoneOffset.UTC);
            ZoneRules zone = zones.utc();
            return new When(null, LocalDateTime.ofInstant(utc, zone.getOffset(utc)), zone);
        }
        return new When(null, localDateTime(value), zones.zone(tzid));
    }

    /** Whether a value marked VALUE=DATE is written as a DATE-TIME, such as {@code 20261107T100000}. */
    static boolean mislabelledDate(String value, String valueType) {
        return "DATE".equalsIgnoreCase(valueType) && value.length() > 8 && (value.charAt(8) == 'T'
                || value.charAt(8) == 't');
    }

    /** The values of an RDATE or EXDATE property (comma-separated; a PERIOD gives its start). */
    static List<When> list(IcalReader.Prop prop, IcalZones zones) {
        List<When> out = new ArrayList<>();
        for (String part : prop.value().split(",")) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            int slash = value.indexOf('/');
            if (slash > 0) {
                value = value.substring(0, slash);
            }
            out.add(when(value, "PERIOD".equalsIgnoreCase(prop.param("VALUE")) ? null : prop.param("VALUE"),
                    prop.param("TZID"), zones));
        }
        return out;
    }

    /** An RFC 5545 duration such as PT1H30M, P1D or P2W. */
    static Duration duration(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        boolean negative = v.startsWith("-");
        if (negative || v.startsWith("+")) {
            v = v.substring(1);
        }
        int w = v.indexOf('W');
        Duration d = w > 0
                ? Duration.ofDays(7L * Long.parseLong(v.substring(1, w)))
                : Duration.parse(v);
        return negative ? d.negated() : d;
    }

    private static LocalDateTime localDateTime(String value) {
        try {
            return LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(value, DATE_TIME_NO_SECONDS);
        }
    }
}
