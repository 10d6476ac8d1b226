package dk.infoskaerm.content.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.Orientation;
import dk.infoskaerm.content.Screen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agenda slide: the coming week on one slide, and a short loop on a busy area. */
class AgendaTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Area MOERKOEV = new Area("moerkoev", "Mørkøv");
    private static final Screen SCREEN = new Screen("moerkoev", "Mørkøv Brugs", "moerkoev", "Ved indgangen",
            Orientation.LANDSCAPE, 1920, 1080, null);

    private final FeedComposer composer = new FeedComposer(ComposerSettings.DEFAULTS);

    private static Item item(String id, ItemKind kind, Duration in, String url, String image) {
        Instant start = NOW.plus(in);
        return new Item(id, "kalender", kind, "Arrangement " + id, "En beskrivelse af " + id, start,
                start.plus(Duration.ofHours(2)), false, "Mørkøv Hallen", url, null, null, null, Set.of("moerkoev"),
                kind == ItemKind.MEETING ? new MeetingDetails(List.of("Søren Ørum"), "", "") : null, image);
    }

    @Test
    void threeComingItemsMakeOneAgendaFirstInTheLoopWithOneLineEach() {
        List<Item> items = List.of(item("a", ItemKind.EVENT, Duration.ofDays(3), "", ""),
                item("b", ItemKind.EVENT, Duration.ofDays(4), "", ""),
                item("c", ItemKind.EVENT, Duration.ofDays(6), "", ""),
                item("later", ItemKind.EVENT, Duration.ofDays(9), "", ""));

        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();

        Slide agenda = feed.slides().getFirst();
        assertEquals(ItemKind.AGENDA, agenda.kind());
        assertEquals("Det sker i Mørkøv", agenda.title());
        assertEquals(List.of("Arrangement a", "Arrangement b", "Arrangement c"),
                agenda.agenda().stream().map(Slide.AgendaLine::title).toList());
        assertEquals(1, feed.slides().stream().filter(s -> s.kind() == ItemKind.AGENDA).count());
        assertTrue(agenda.isShownAt(NOW), "shown now");
        assertEquals(List.of("agenda:moerkoev"), feed.slides().stream().map(Slide::id).toList(),
                "items that are not soon, not meetings and have no picture or QR code are agenda lines only");
    }

    @Test
    void theAgendaTravelsInTheFeedDocument() throws Exception {
        List<Item> items = List.of(item("a", ItemKind.EVENT, Duration.ofDays(3), "", ""),
                item("b", ItemKind.EVENT, Duration.ofDays(4), "", ""),
                item("c", ItemKind.EVENT, Duration.ofDays(6), "", ""));
        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();

        Feed read = dk.infoskaerm.content.json.Json.readFeed(dk.infoskaerm.content.json.Json.writeFeed(feed));

        assertEquals(feed, read);
        assertEquals(3, read.slides().getFirst().agenda().size());
    }

    @Test
    void twoComingItemsMakeNoAgenda() {
        List<Item> items = List.of(item("a", ItemKind.EVENT, Duration.ofDays(3), "", ""),
                item("b", ItemKind.EVENT, Duration.ofDays(4), "", ""));

        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();

        assertEquals(List.of("a", "b"), feed.slides().stream().map(Slide::id).toList());
    }

    @Test
    void soonItemsMeetingsAndItemsWithPictureOrQrKeepTheirOwnSlide() {
        List<Item> items = List.of(item("soon", ItemKind.EVENT, Duration.ofDays(1), "", ""),
                item("meeting", ItemKind.MEETING, Duration.ofDays(5), "", ""),
                item("qr", ItemKind.EVENT, Duration.ofDays(5), "https://moerkoev.dk/qr", ""),
                item("picture", ItemKind.EVENT, Duration.ofDays(6), "", "/api/v1/images/p"),
                item("plain", ItemKind.EVENT, Duration.ofDays(6), "", ""));

        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();

        List<String> ids = feed.slides().stream().map(Slide::id).toList();
        assertEquals(List.of("agenda:moerkoev", "soon", "meeting", "qr", "picture"), ids);
        assertEquals(5, feed.slides().getFirst().agenda().size());
    }

    @Test
    void aBusyAreaLoopsInAtMost90Seconds() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean qr = i % 10 == 0;
            items.add(item("e" + i, ItemKind.EVENT, Duration.ofHours(20 + 11L * i), qr ? "https://x.dk/" + i : "", ""));
        }
        items.add(item("m1", ItemKind.MEETING, Duration.ofDays(4), "", ""));
        items.add(item("m2", ItemKind.MEETING, Duration.ofDays(11), "", ""));

        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();

        int loop = feed.slidesAt(NOW).stream().mapToInt(Slide::dwellSeconds).sum();
        assertTrue(loop <= 90, "loop of " + loop + " s: " + feed.slidesAt(NOW).stream().map(Slide::id).toList());
        assertEquals(ItemKind.AGENDA, feed.slides().getFirst().kind());
    }

    @Test
    void theAgendaChangesWhenItsFirstItemStarts() {
        Item first = item("a", ItemKind.EVENT, Duration.ofDays(3), "", "");
        List<Item> items = List.of(first, item("b", ItemKind.EVENT, Duration.ofDays(4), "", ""),
                item("c", ItemKind.EVENT, Duration.ofDays(5), "", ""));

        Composition composed = composer.compose(SCREEN, MOERKOEV, items, NOW);

        assertFalse(composed.validUntil().isAfter(first.start().minus(Agenda.SOON)),
                "recomposed by the time the first item turns soon: " + composed.validUntil());
    }
}
