package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowseViewTest {

    /** 9 mm at the pixel pitch of a 21.5" 1920×1080 panel (0.248 mm), the smallest a kiosk is likely to have. */
    private static final int NINE_MM_PX = (int) Math.ceil(9 / 0.248);

    private static Slide item(String id, ItemKind kind, Instant start) {
        return new Slide(id, kind, "Titel " + id, "Tekst " + id, start, start.plusSeconds(7200), false, "Hallen",
                "https://moerkoev.dk/" + id, null, Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2100-01-01T00:00:00Z"), 10);
    }

    private static Feed feed() {
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            slides.add(item("e" + i, i % 2 == 0 ? ItemKind.EVENT : ItemKind.MEETING,
                    Fixtures.MONDAY_10.plusSeconds(3600L * 20 * (12 - i))));
        }
        slides.add(item("over", ItemKind.EVENT, Fixtures.MONDAY_10.minusSeconds(4 * 3600)));
        slides.add(Fixtures.slide(ItemKind.NEWS, "Nyhed", "Tekst", ""));
        return Fixtures.feedOf(slides);
    }

    @Test
    void listsTheComingEventsAndMeetingsByStartWithoutNewsOrWhatIsOver() {
        List<Slide> items = BrowseView.items(feed(), Fixtures.MONDAY_10);
        assertEquals(12, items.size());
        assertEquals("e11", items.getFirst().id());
        assertTrue(items.stream().noneMatch(s -> s.id().equals("over") || s.kind() == ItemKind.NEWS));
    }

    @Test
    void eventsTheAgendaListsInsteadOfTheirOwnSlideAreTilesToo() {
        Slide own = item("e-own", ItemKind.EVENT, Fixtures.MONDAY_10.plusSeconds(3600));
        Instant later = Fixtures.MONDAY_10.plusSeconds(5 * 86_400);
        Slide agenda = new Slide("agenda", ItemKind.AGENDA, "Det sker i Mørkøv", "", null, null, false, "", "", null,
                Fixtures.MONDAY_10.minusSeconds(60), later.plusSeconds(7200), 20, "", List.of(
                new Slide.AgendaLine(own.title(), own.start(), false, own.end()),
                new Slide.AgendaLine("Loppemarked i hallen", later, false, later.plusSeconds(7200))));

        List<Slide> items = BrowseView.items(Fixtures.feedOf(List.of(agenda, own)), Fixtures.MONDAY_10);

        assertEquals(List.of(own.title(), "Loppemarked i hallen"), items.stream().map(Slide::title).toList(),
                "the agenda's own line for a slide is not listed twice; its other line is a tile");
        assertEquals(later, items.getLast().start());
    }

    @Test
    void tilesAreAtLeastNineMillimetresApartAndOnThePage() {
        for (int[] size : new int[][] {{1920, 1080}, {1080, 1920}, {1280, 720}}) {
            BrowseView.Page page = BrowseView.browse(feed(), Fixtures.MONDAY_10, size[0], size[1], -1);
            assertFalse(page.tiles().isEmpty());
            Rectangle screen = new Rectangle(0, 0, size[0], size[1]);
            for (BrowseView.Tile tile : page.tiles()) {
                assertTrue(tile.bounds().width >= NINE_MM_PX && tile.bounds().height >= NINE_MM_PX, tile.toString());
                assertTrue(screen.contains(tile.bounds()), tile.toString());
                for (BrowseView.Tile other : page.tiles()) {
                    assertTrue(tile == other || !tile.bounds().intersects(other.bounds()), tile + " overlaps " + other);
                }
            }
            assertEquals("e11", page.tiles().getFirst().slideId(), "the soonest first");
            BrowseView.Tile back = BrowseView.details(BrowseView.items(feed(), Fixtures.MONDAY_10).getFirst(),
                    size[0], size[1], false).tiles().getFirst();
            assertNull(back.slideId());
            assertTrue(back.bounds().height >= NINE_MM_PX && screen.contains(back.bounds()), back.toString());
        }
    }

    @Test
    void focusAndQrCodeAreDrawn() {
        Feed feed = feed();
        assertFalse(same(BrowseView.browse(feed, Fixtures.MONDAY_10, 960, 540, -1).image(),
                BrowseView.browse(feed, Fixtures.MONDAY_10, 960, 540, 0).image()), "the focused tile is outlined");
        Slide item = BrowseView.items(feed, Fixtures.MONDAY_10).getFirst();
        Slide withoutLink = new Slide(item.id(), item.kind(), item.title(), item.body(), item.start(), item.end(),
                false, item.location(), "", null, item.showFrom(), item.showUntil(), 10);
        assertFalse(same(BrowseView.details(item, 960, 540, false).image(),
                BrowseView.details(withoutLink, 960, 540, false).image()), "the QR code");
        Slide meeting = Fixtures.slide(ItemKind.MEETING, "Dialogmøde", "Tekst", "");
        Slide noDetails = new Slide(meeting.id(), meeting.kind(), meeting.title(), meeting.body(), meeting.start(),
                meeting.end(), false, meeting.location(), "", null, meeting.showFrom(), meeting.showUntil(), 10);
        assertFalse(same(BrowseView.details(meeting, 960, 540, false).image(),
                BrowseView.details(noDetails, 960, 540, false).image()), "the meeting's politicians and committee");
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
