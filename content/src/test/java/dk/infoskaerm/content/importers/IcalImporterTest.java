package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
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
}
