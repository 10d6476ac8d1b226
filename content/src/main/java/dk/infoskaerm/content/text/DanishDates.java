package dk.infoskaerm.content.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Danish date words as the screens show them: "lørdag 5. december kl. 14.00". */
public final class DanishDates {

    /** The zone every screen shows time in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM", DANISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d. MMM", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH);

    private DanishDates() {
    }

    /** "lørdag 5. december kl. 14.00", or "lørdag 5. december" for an all-day item. */
    public static String dateTime(Instant instant, boolean allDay) {
        ZonedDateTime t = instant.atZone(ZONE);
        return allDay ? day(t.toLocalDate()) : day(t.toLocalDate()) + " kl. " + TIME.format(t);
    }

    /** "lørdag 5. december". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "lør. 5. dec." — for the ticker, where space is short. */
    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** "14.00". */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZONE));
    }

    /**
     * The span of an event: "lørdag 5. december kl. 14.00–16.00", or for all-day events spanning several days
     * "lørdag 5. december – søndag 6. december" (the exclusive end is shown as the last day).
     */
    public static String span(Instant start, Instant end, boolean allDay) {
        ZonedDateTime s = start.atZone(ZONE);
        if (end == null) {
            return dateTime(start, allDay);
        }
        ZonedDateTime e = end.atZone(ZONE);
        if (allDay) {
            LocalDate last = e.toLocalDate().minusDays(1);
            return last.isAfter(s.toLocalDate()) ? day(s.toLocalDate()) + " – " + day(last) : day(s.toLocalDate());
        }
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return dateTime(start, false) + "–" + TIME.format(e);
        }
        return dateTime(start, false) + " – " + dateTime(end, false);
    }
}
