package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportersTest {

    @ParameterizedTest
    @CsvSource({"ical/garbage.ics, text/calendar", "rss/garbage.xml, application/rss+xml",
            "rss/garbage.xml, text/plain"})
    void garbageGivesSourceExceptionNamingTheSource(String fixture, String contentType) {
        SourceException e = assertThrows(SourceException.class, () -> Importers.parse(Fixtures.bytes(fixture),
                contentType, URI.create("https://tuse.dk/x"), Fixtures.request("s")));
        assertTrue(e.getMessage().startsWith("https://tuse.dk/x: "), e.getMessage());
        assertEquals("https://tuse.dk/x", e.source());
    }

    @Test
    void weeklyEventKeepsLocalTimeAcrossTheEndOfSummerTime() throws Exception {
        List<Item> items = Fixtures.parse("ical/tuse-weekly-dst.ics", "https://tuse.dk/", Fixtures.request("tuse"))
                .screenItems();
        assertEquals("2026-10-21T19:00:00+02:00", Fixtures.time(items.get(1).start()));
        assertEquals("2026-11-04T19:00:00+01:00", Fixtures.time(items.get(2).start()));
    }

    @Test
    void escapedAndFoldedTextIsUnescaped() throws Exception {
        Item julemarked = Fixtures.parse("ical/moerkoev-lokalforum.ics", "https://m.dk/", Fixtures.request("m"))
                .items().getFirst().item();
        assertEquals("Boder med hjemmelavet julepynt, æbleskiver og gløgg. Alle er velkomne; gratis entré.",
                julemarked.summary());
    }

    @Test
    void xssInDescriptionsComesOutInert() throws Exception {
        Item item = Fixtures.parse("ical/xss.ics", "https://e.org/", Fixtures.request("e")).items().getFirst().item();
        assertEquals("Kom og hør & syng med", item.summary());
        Item news = Fixtures.parse("rss/wordpress-tuse.xml", "https://tuse.dk/feed", Fixtures.request("t"))
                .items().getFirst().item();
        assertEquals("Den nye legeplads ved Tuse Skole er klar. Kom til indvielse lørdag kl. 11 – der er kage!",
                news.summary());
    }

    @Test
    void cancelledItemsAreReportedButNotForScreens() throws Exception {
        ImportResult result = Fixtures.parse("ical/moerkoev-lokalforum.ics", "https://m.dk/", Fixtures.request("m"));
        assertTrue(result.items().stream().anyMatch(ImportedItem::cancelled));
        assertEquals(result.items().size() - 1, result.screenItems().size());
        assertFalse(result.screenItems().stream().anyMatch(i -> i.title().startsWith("Generalforsamling")));
    }

    @Test
    void reimportGivesTheSameIds() throws Exception {
        List<String> first = ids(Fixtures.parse("ical/tuse-weekly-dst.ics", "https://t.dk/", Fixtures.request("tuse")));
        List<String> second = ids(Fixtures.parse("ical/tuse-weekly-dst.ics", "https://t.dk/", Fixtures.request("tuse")));
        assertEquals(first, second);
        assertEquals(first.size(), Set.copyOf(first).size(), "ids are unique: " + first);
        assertTrue(first.stream().allMatch(id -> id.startsWith("tuse:")));
    }

    @Test
    void feedWithUndefinedEntitiesIsHealedAndRead() throws Exception {
        byte[] rss = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<link>https://tuse.dk/</link><item><title>Loppemarked&nbsp;i Tuse &copy; 2026</title>"
                + "<link>/loppe/</link><pubDate>Tue, 03 Nov 2026 09:12:44 +0100</pubDate></item></channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportResult result = Importers.parse(rss, (String) null, java.net.URI.create("https://tuse.dk/feed/"),
                Fixtures.request("tuse"));
        Item item = result.items().getFirst().item();
        assertEquals("Loppemarked i Tuse © 2026", item.title());
        assertEquals("https://tuse.dk/loppe/", item.url());
        assertEquals(Instant.parse("2026-11-03T08:12:44Z"), item.published());
    }

    @Test
    void kindAndAreasComeFromTheRequest() throws Exception {
        ImportRequest request = new ImportRequest("dialog", ItemKind.MEETING, Set.of("kundby"), Fixtures.FROM,
                Fixtures.TO, null);
        Item item = Fixtures.parse("ical/outlook-windows-1252.ics", "https://h.dk/", request).items().get(1).item();
        assertEquals(ItemKind.MEETING, item.kind());
        assertEquals(Set.of("kundby"), item.areas());
    }

    @Test
    void sameEventFromTwoSourcesIsShownOnce() {
        Instant start = Instant.parse("2026-11-18T18:00:00Z");
        Item a = item("a:1", "Go' Dialog: Klimaplan 2030", start);
        Item b = item("b:7", "GO’ DIALOG – klimaplan 2030!", start);
        Item c = item("b:8", "Go' Dialog: Klimaplan 2030", start.plusSeconds(3600));
        assertEquals(List.of(a, c), Importers.dedupe(List.of(a, b, c)));
    }

    @Test
    void twoItemsOfOneSourceWithTheSameTitleAndStartAreBothKept() {
        Instant start = Instant.parse("2026-11-18T18:00:00Z");
        Item first = item("a:1", "Borgermøde", start);
        Item second = item("a:2", "Borgermøde", start);
        assertEquals(List.of(first, second), Importers.dedupe(List.of(first, second)));
    }

    @Test
    void problemsAreCapped() throws Exception {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (int i = 0; i < 150; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:").append(i).append("\r\nSUMMARY:x\r\nEND:VEVENT\r\n");
        }
        ics.append("END:VCALENDAR\r\n");
        ImportResult result = Importers.parse(ics.toString().getBytes(StandardCharsets.UTF_8), (String) null, null,
                Fixtures.request("s"));
        assertEquals(ImportResult.MAX_PROBLEMS + 1, result.problems().size());
        assertEquals("… og 50 problemer mere", result.problems().getLast());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \r\n ", "\uFEFF "})
    void emptyBodyIsABrokenSourceNotAnEmptyOne(String body) {
        for (String contentType : new String[] {null, "text/calendar", "application/rss+xml"}) {
            SourceException e = assertThrows(SourceException.class, () -> Importers.parse(body.getBytes(
                    StandardCharsets.UTF_8), contentType, URI.create("https://tuse.dk/x"), Fixtures.request("s")));
            assertEquals("https://tuse.dk/x: Svaret var tomt", e.getMessage());
        }
        for (SourceFormat format : SourceFormat.values()) {
            assertThrows(SourceException.class, () -> Importers.parse(body.getBytes(StandardCharsets.UTF_8), format,
                    URI.create("https://tuse.dk/x"), Fixtures.request("s")), format.name());
        }
    }

    @Test
    void htmlErrorPageWhereAFeedWasIsABrokenSource() {
        byte[] page = ("<!DOCTYPE html><html><head><title>Log ind</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"WebSite\",\"name\":\"Tuse\"}</script></head><body>Log ind</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        URI url = URI.create("https://tuse.dk/feed");
        SourceException auto = assertThrows(SourceException.class,
                () -> Importers.parse(page, "text/html", url, Fixtures.request("s")));
        assertEquals("https://tuse.dk/feed: Kilden svarede med en HTML-side uden arrangementer eller nyheder "
                + "(forventede et RSS/Atom-feed eller en iCalendar-kalender); sidens titel: »Log ind«", auto.getMessage());
        SourceException rss = assertThrows(SourceException.class,
                () -> Importers.parse(page, SourceFormat.RSS, url, Fixtures.request("s")));
        assertTrue(rss.getMessage().endsWith("(forventede et RSS/Atom-feed)"), rss.getMessage());
        SourceException html = assertThrows(SourceException.class,
                () -> Importers.parse(page, SourceFormat.HTML, url, Fixtures.request("s")));
        assertTrue(html.getMessage().contains("CSS-selektorer"), html.getMessage());
        ImportRequest withSelectors = Fixtures.request("s").withSelectors(new Selectors("article.event", "h2", "time",
                null, null, null));
        assertThrows(SourceException.class, () -> Importers.parse(page, SourceFormat.HTML, url, withSelectors));
    }

    @Test
    void htmlPageWhoseEventsAreAllOutsideTheWindowIsEmptyNotBroken() throws Exception {
        byte[] page = ("<html><head><script type=\"application/ld+json\">{\"@type\":\"Event\",\"name\":\"Gammel fest\","
                + "\"startDate\":\"2020-01-01T19:00:00+01:00\"}</script></head></html>").getBytes(StandardCharsets.UTF_8);
        ImportResult result = Importers.parse(page, "text/html", URI.create("https://tuse.dk/"), Fixtures.request("s"));
        assertEquals(List.of(), result.items());
    }

    @Test
    void truncatedFeedIsABrokenSourceSaidInDanish() {
        byte[] feed = Fixtures.bytes("rss/wordpress-tuse.xml");
        byte[] cut = java.util.Arrays.copyOf(feed, feed.length / 2);
        SourceException e = assertThrows(SourceException.class,
                () -> Importers.parse(cut, "application/rss+xml", URI.create("https://tuse.dk/feed"), Fixtures.request("s")));
        assertTrue(e.getMessage().startsWith("https://tuse.dk/feed: XML-dokumentet er afbrudt/ufuldstændigt: "),
                e.getMessage());
    }

    @Test
    void truncatedCalendarIsABrokenSource() {
        String ics = new String(Fixtures.bytes("ical/moerkoev-lokalforum.ics"), StandardCharsets.UTF_8);
        byte[] cut = ics.substring(0, ics.lastIndexOf("BEGIN:VEVENT")).getBytes(StandardCharsets.UTF_8);
        SourceException e = assertThrows(SourceException.class,
                () -> Importers.parse(cut, "text/calendar", URI.create("https://tuse.dk/x.ics"), Fixtures.request("s")));
        assertTrue(e.getMessage().contains("afbrudt/ufuldstændig"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>https://tuse.dk/</link><description>D</description></channel></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:x</id><updated>2026-11-01T00:00:00Z</updated></feed>",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//DA\r\nEND:VCALENDAR\r\n",
    })
    void validDocumentWithoutItemsIsEmptyNotBroken(String body) throws Exception {
        ImportResult result = Importers.parse(body.getBytes(StandardCharsets.UTF_8),
                (String) null, URI.create("https://tuse.dk/"), Fixtures.request("s"));
        assertEquals(List.of(), result.items());
        assertEquals(List.of(), result.problems());
    }

    private static List<String> ids(ImportResult result) {
        return result.items().stream().map(i -> i.item().id()).toList();
    }

    private static Item item(String id, String title, Instant start) {
        return new Item(id, id.substring(0, 1), ItemKind.EVENT, title, "", start, null, false, "", "", null, null,
                null, Set.of(), null);
    }
}
