package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.text.DanishDates;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How calendars that real publishers write are read (issue 16). */
class IcalImporterTest {

    @Test
    void recurringEventsWithoutAnEndKeepAllTheirOccurrences() throws Exception {
        ImportResult result = Fixtures.parse("ical/recurring-no-end.ics", "https://tuse.dk/", Fixtures.request("t"));
        List<Item> runs = result.items().stream().map(ImportedItem::item)
                .filter(i -> i.title().startsWith("Morgenløb")).toList();
        assertEquals(10, runs.size(), result.problems().toString());
        assertEquals("2026-10-05T08:00:00+02:00", Fixtures.time(runs.getFirst().start()));
        assertEquals("2026-10-14T08:00:00+02:00", Fixtures.time(runs.getLast().start()));
        List<Item> markets = result.items().stream().map(ImportedItem::item)
                .filter(i -> i.title().equals("Loppemarked")).toList();
        assertEquals(3, markets.size());
        assertEquals("2026-10-11T00:00:00+02:00", Fixtures.time(markets.getFirst().end()));
        assertEquals(3, result.items().stream().filter(i -> i.item().title().equals("Strikkeklub")).count());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().getFirst().contains("ulæselig slutning »i morgen«"), result.problems().toString());
    }

    @Test
    void blankAndMalformedLinesAreSkippedAndTheRestIsRead() throws Exception {
        ImportResult result = Fixtures.parse("ical/malformed-lines.ics", "https://svinninge.dk/", Fixtures.request("s"));
        assertEquals(List.of("Høstmarked | 2026-11-07T00:00:00+01:00 | 2026-11-08T00:00:00+01:00 | all-day |  |  "
                        + "| confirmed | -",
                "Julefrokost i forsamlingshuset | 2026-11-28T18:00:00+01:00 | - | timed |  |  | confirmed | -"),
                result.items().stream().map(Fixtures::line).toList());
        assertEquals(3, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).contains("linje 7"), result.problems().toString());
        assertTrue(result.problems().get(1).contains("linje 13: sprunget over"), result.problems().toString());
        assertTrue(result.problems().get(2).contains("END:VCALENDARD"), result.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "da-DK"})
    void weekNumbersAreIsoWhateverTheJvmLocale(String locale) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(locale));
        try {
            List<String> starts = Fixtures.parse("ical/byweekno.ics", "https://holbaek.dk/", Fixtures.request("h"))
                    .items().stream().map(i -> Fixtures.time(i.item().start())).toList();
            assertEquals(List.of("2026-11-02T10:00:00+01:00", "2026-11-08T10:00:00+01:00"), starts);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void emptyRruleAndDateTimeMarkedAsDateKeepTheEventWithAProblem() throws Exception {
        ImportResult result = Fixtures.parse("ical/small-differences.ics", "https://calendarlabs.com/",
                Fixtures.request("c"));
        assertEquals(List.of("Juleaften | 2026-12-24T00:00:00+01:00 | 2026-12-25T00:00:00+01:00 | all-day |  |  "
                        + "| confirmed | -",
                "Høstmarked på Tølløse Skole | 2026-11-07T00:00:00+01:00 | 2026-11-08T00:00:00+01:00 | all-day |  |  "
                        + "| confirmed | -"),
                result.items().stream().map(Fixtures::line).toList());
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).contains("tom gentagelsesregel (RRULE)"), result.problems().toString());
        assertTrue(result.problems().get(1).contains("VALUE=DATE"), result.problems().toString());
    }

    @Test
    void customTimeZonesKeepTheirSummerTime() throws Exception {
        ImportRequest year = ImportRequest.of("v", LocalDate.of(2026, 1, 1).atStartOfDay(DanishDates.ZONE).toInstant(),
                Fixtures.TO);
        ImportResult result = Fixtures.parse("ical/us-eastern-custom.ics", "https://example.org/", year);
        assertEquals(List.of(
                        // Outlook starts its zone rules in 1601; summer time still holds in 2026
                        "Outlook-møde med venskabsbyen (juli) 2026-07-16T16:00:00+02:00",
                        "Videomøde med venskabsbyen (juli) 2026-07-15T16:00:00+02:00",
                        "Videomøde med venskabsbyen (januar) 2026-01-15T16:00:00+01:00",
                        // 25 October is still summer time in New York, 1 November is not
                        "Ugentligt videomøde 2026-10-25T15:00:00+01:00",
                        "Ugentligt videomøde 2026-11-01T16:00:00+01:00",
                        "Ugentligt videomøde 2026-11-08T16:00:00+01:00"),
                result.items().stream().map(i -> i.item().title() + " " + Fixtures.time(i.item().start())).toList());
        assertEquals("2026-07-15T17:00:00+02:00", Fixtures.time(result.items().get(1).item().end()));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void outlookOverridesSequencesAndCalendarTimeZone() throws Exception {
        ImportResult result = Fixtures.parse("ical/series-quirks.ics", "https://holbaek.dk/", Fixtures.request("o"));
        assertEquals(List.of(
                        // the all-day series' 9 November is replaced by its override (RECURRENCE-ID is a DATE-TIME)
                        "Storskrald 2026-11-02T00:00:00+01:00",
                        "Storskrald 2026-11-16T00:00:00+01:00",
                        "Storskrald (flyttet) 2026-11-10T00:00:00+01:00",
                        // the same UID twice: the higher SEQUENCE wins
                        "Bestyrelsesmøde (ny tid) 2026-12-01T19:30:00+01:00",
                        // floating time read in X-WR-TIMEZONE (America/New_York)
                        "Julemarked (flydende tid) 2026-12-05T16:00:00+01:00"),
                result.items().stream().map(i -> i.item().title() + " " + Fixtures.time(i.item().start())).toList());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void sameUidWithoutSequenceKeepsBothWithTheirOwnIds() throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:1", "DTSTART:20261101T100000", "SUMMARY:Loppemarked", "END:VEVENT",
                "BEGIN:VEVENT", "UID:1", "DTSTART:20261101T140000", "SUMMARY:Fællesspisning", "END:VEVENT",
                "END:VCALENDAR", "");
        ImportResult result = Importers.parse(ics.getBytes(StandardCharsets.UTF_8), "text/calendar",
                URI.create("https://tuse.dk/"), Fixtures.request("u"));
        assertEquals(List.of("Loppemarked", "Fællesspisning"),
                result.items().stream().map(i -> i.item().title()).toList());
        assertEquals(2, result.items().stream().map(i -> i.item().id()).distinct().count());
    }

    @Test
    void yearlyMonthDaysCoverEveryMonthAndAFloatingEndTakesTheStartsZone() throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:f13", "DTSTART;VALUE=DATE:20260213", "SUMMARY:Fredag den 13.",
                "RRULE:FREQ=YEARLY;BYMONTHDAY=13;BYDAY=FR", "END:VEVENT",
                "BEGIN:VEVENT", "UID:ny", "DTSTART;TZID=America/New_York:20261105T090000", "DTEND:20261105T100000",
                "SUMMARY:Videomøde", "END:VEVENT",
                "END:VCALENDAR", "");
        ImportResult result = Importers.parse(ics.getBytes(StandardCharsets.UTF_8), "text/calendar",
                URI.create("https://tuse.dk/"), Fixtures.request("y"));
        assertEquals(List.of(
                        // RFC 5545: YEARLY;BYMONTHDAY without BYMONTH is every month; 13 November 2026 is a Friday
                        "Fredag den 13. | 2026-11-13T00:00:00+01:00 | 2026-11-14T00:00:00+01:00",
                        "Videomøde | 2026-11-05T15:00:00+01:00 | 2026-11-05T16:00:00+01:00"),
                result.items().stream().map(i -> i.item().title() + " | " + Fixtures.time(i.item().start()) + " | "
                        + Fixtures.time(i.item().end())).toList());
    }
}
