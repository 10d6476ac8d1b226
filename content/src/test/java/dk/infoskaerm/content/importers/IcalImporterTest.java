package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals(List.of(), result.problems());
    }
}
