package dk.infoskaerm.content;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a screen shows content, in local time (Europe/Copenhagen), and what it does outside those hours.
 *
 * @param periods the open periods; a close time at or before the open time runs past midnight
 * @param outside what the screen does when closed
 */
public record OpeningHours(List<Period> periods, Outside outside) {

    /** Open day and night. */
    public static final OpeningHours ALWAYS = new OpeningHours(List.of(), Outside.IDLE);

    /** Validates and copies. */
    public OpeningHours {
        periods = periods == null ? List.of() : List.copyOf(periods);
        outside = outside == null ? Outside.IDLE : outside;
    }

    /** Whether the screen shows content at {@code at}; no periods means always. */
    public boolean isOpen(Instant at, ZoneId zone) {
        if (periods.isEmpty()) {
            return true;
        }
        ZonedDateTime t = at.atZone(zone);
        for (Period p : periods) {
            if (p.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** What a closed screen does. */
    public enum Outside {
        /** Black screen (the display may sleep). */
        DARK,
        /** The idle slide: area name, date and clock. */
        IDLE
    }

    /**
     * Days of the week with the same hours.
     *
     * @param days the days it opens on
     * @param open local opening time
     * @param close local closing time (exclusive); at or before {@code open} means the next day
     */
    public record Period(Set<DayOfWeek> days, LocalTime open, LocalTime close) {

        /** Validates and copies. */
        public Period {
            days = Set.copyOf(Objects.requireNonNull(days, "days"));
            if (days.isEmpty()) {
                throw new IllegalArgumentException("an opening period needs at least one day");
            }
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(close, "close");
        }

        boolean contains(ZonedDateTime t) {
            LocalTime time = t.toLocalTime();
            if (close.isAfter(open)) {
                return days.contains(t.getDayOfWeek()) && !time.isBefore(open) && time.isBefore(close);
            }
            return days.contains(t.getDayOfWeek()) && !time.isBefore(open)
                    || days.contains(t.getDayOfWeek().minus(1)) && time.isBefore(close);
        }
    }
}
