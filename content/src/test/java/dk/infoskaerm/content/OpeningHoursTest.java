package dk.infoskaerm.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.content.text.DanishDates;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final OpeningHours HALL = new OpeningHours(List.of(
            new OpeningHours.Period(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0), LocalTime.of(22, 0)),
            new OpeningHours.Period(Set.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0), LocalTime.of(2, 0))),
            OpeningHours.Outside.DARK);

    @ParameterizedTest
    @CsvSource({
            "2026-11-23T06:59, false",
            "2026-11-23T07:00, true",
            "2026-11-23T21:59, true",
            "2026-11-23T22:00, false",
            "2026-11-28T19:59, false",
            "2026-11-28T23:30, true",
            "2026-11-29T01:59, true",
            "2026-11-29T02:00, false",
            "2026-11-29T12:00, false",
            "2026-03-29T12:00, false",
            "2026-03-30T12:00, true"
    })
    void isOpenInLocalTimeIncludingPeriodsPastMidnight(LocalDateTime local, boolean open) {
        assertEquals(open, HALL.isOpen(local.atZone(DanishDates.ZONE).toInstant(), DanishDates.ZONE));
    }

    @Test
    void noPeriodsMeansAlwaysOpen() {
        assertEquals(true, OpeningHours.ALWAYS.isOpen(java.time.Instant.EPOCH, DanishDates.ZONE));
    }

    @Test
    void roundTripsThroughJson() throws IOException {
        assertEquals(HALL, Json.mapper().readValue(Json.write(HALL), OpeningHours.class));
    }

    @Test
    void refusesPeriodWithoutDays() {
        assertThrows(IllegalArgumentException.class,
                () -> new OpeningHours.Period(Set.of(), LocalTime.NOON, LocalTime.MIDNIGHT));
    }
}
