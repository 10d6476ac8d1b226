package dk.infoskaerm.content.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DanishDatesTest {

    @Test
    void writesWeekdayDayMonthAndTimeInCopenhagen() {
        assertEquals("lørdag 5. december kl. 14.00",
                DanishDates.dateTime(Instant.parse("2026-12-05T13:00:00Z"), false));
    }

    @Test
    void usesSummerTimeOffset() {
        assertEquals("onsdag 1. juli kl. 19.30", DanishDates.dateTime(Instant.parse("2026-07-01T17:30:00Z"), false));
    }

    @Test
    void showsTimeSpanOnOneDay() {
        assertEquals("tirsdag 1. december kl. 19.00–21.00",
                DanishDates.span(Instant.parse("2026-12-01T18:00:00Z"), Instant.parse("2026-12-01T20:00:00Z"), false));
    }

    @Test
    void showsAllDaySpanWithExclusiveEndAsLastDay() {
        assertEquals("lørdag 5. december – søndag 6. december",
                DanishDates.span(Instant.parse("2026-12-04T23:00:00Z"), Instant.parse("2026-12-06T23:00:00Z"), true));
        assertEquals("lørdag 5. december",
                DanishDates.span(Instant.parse("2026-12-04T23:00:00Z"), Instant.parse("2026-12-05T23:00:00Z"), true));
    }
}
