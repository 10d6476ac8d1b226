package dk.infoskaerm.content.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.importers.ImportRequest;
import dk.infoskaerm.content.importers.ImportResult;
import dk.infoskaerm.content.importers.Importers;
import dk.infoskaerm.content.importers.SourceException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final URI BASE = URI.create("http://localhost:8080/api/v1/areas/moerkoev/");

    private static Item event(String id, String title, String summary, Instant start, Instant end, boolean allDay,
                              String location) {
        return new Item(id, "demo", ItemKind.EVENT, title, summary, start, end, allDay, location,
                "https://moerkoev.example/" + id, null, null, null, Set.of("moerkoev"), null);
    }

    @Test
    void calendarRoundTripsThroughOurImporter() throws SourceException {
        List<Item> items = List.of(
                event("marked", "Julemarked; gløgg, æbleskiver & \"julemand\"",
                        "Første linje\nAnden linje med en meget lang tekst der skal foldes over flere linjer, "
                                + "fordi iCalendar kun tillader 75 oktetter per linje – også med æøå.",
                        Instant.parse("2026-12-05T13:00:00Z"), Instant.parse("2026-12-05T17:00:00Z"), false,
                        "Mørkøv Hallen, Stationsvej"),
                event("lucia", "Luciadag", "", Instant.parse("2026-12-12T23:00:00Z"),
                        Instant.parse("2026-12-14T23:00:00Z"), true, ""),
                new Item("moede", "demo", ItemKind.MEETING, "Dialogmøde om skolevejen", "", Instant.parse("2026-11-26T18:00:00Z"),
                        Instant.parse("2026-11-26T20:00:00Z"), false, "Mørkøv Skole", "", null, null, null,
                        Set.of("moerkoev"), new MeetingDetails(List.of("A"), "Teknik- og Miljøudvalget", "")));
        String ics = ICalendarWriter.write("Mørkøv – arrangementer", items, NOW);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        ImportResult result = Importers.parse(ics.getBytes(StandardCharsets.UTF_8), "text/calendar", BASE,
                ImportRequest.of("rt", NOW.minusSeconds(86_400), NOW.plusSeconds(86_400L * 60)));
        assertEquals(List.of(), result.problems());
        List<Item> back = result.screenItems().stream().sorted(Comparator.comparing(Item::start)).toList();
        List<Item> sent = items.stream().sorted(Comparator.comparing(Item::start)).toList();
        assertEquals(sent.size(), back.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(sent.get(i).title(), back.get(i).title());
            assertEquals(ICalendarWriter.description(sent.get(i)).replaceAll("\\s+", " "), back.get(i).summary(),
                    "text comes back with its white space collapsed, as every imported text does");
            assertEquals(sent.get(i).start(), back.get(i).start());
            assertEquals(sent.get(i).end(), back.get(i).end());
            assertEquals(sent.get(i).allDay(), back.get(i).allDay());
            assertEquals(sent.get(i).location(), back.get(i).location());
            assertEquals(sent.get(i).url(), back.get(i).url());
        }
        assertEquals("Udvalg: Teknik- og Miljøudvalget Politikere: A", back.get(0).summary(),
                "a dialogue meeting's committee and politicians travel in its description");
    }

    @Test
    void rssRoundTripsThroughOurImporter() throws SourceException {
        Item news = new Item("nyhed-1", "demo", ItemKind.NEWS, "Nyt shelter ved søen <klar>", "Book via lokalforum & kom.",
                null, null, false, "", "https://moerkoev.example/shelter", Instant.parse("2026-11-21T07:00:00Z"),
                null, null, Set.of("moerkoev"), null);
        String rss = RssWriter.write("Mørkøv – nyheder", "http://localhost:8080/", "Nyheder fra Mørkøv", List.of(news));
        assertTrue(rss.contains("<rss") && rss.contains("version=\"2.0\""), rss);
        ImportResult result = Importers.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE,
                ImportRequest.of("rt", NOW.minusSeconds(86_400L * 30), NOW.plusSeconds(86_400)));
        Item back = result.screenItems().getFirst();
        assertEquals(news.title(), back.title());
        assertEquals(news.summary(), back.summary());
        assertEquals(news.url(), back.url());
        assertEquals(news.published(), back.published());
    }
}
