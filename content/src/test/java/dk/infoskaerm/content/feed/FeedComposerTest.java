package dk.infoskaerm.content.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.Orientation;
import dk.infoskaerm.content.Screen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedComposerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Area MOERKOEV = new Area("moerkoev", "Mørkøv");
    private static final Screen SCREEN = new Screen("moerkoev", "Mørkøv Brugs", "moerkoev", "Ved indgangen",
            Orientation.LANDSCAPE, 1920, 1080, null);

    private final FeedComposer composer = new FeedComposer(ComposerSettings.DEFAULTS);

    private static Item event(String id, Instant start, Set<String> areas) {
        return new Item(id, "test", ItemKind.EVENT, "Event " + id, "", start, start.plus(Duration.ofHours(2)),
                false, "", "", null, null, null, areas, null);
    }

    private static Item news(String id, Instant published) {
        return new Item(id, "test", ItemKind.NEWS, "Nyhed " + id, "", null, null, false, "", "", published,
                null, null, Set.of("moerkoev"), null);
    }

    private static List<String> ids(Feed feed) {
        return feed.slides().stream().map(Slide::id).toList();
    }

    @Test
    void showsUpcomingEventsOfTheAreaAndOfTheWholeMunicipalityOnly() {
        List<Item> items = List.of(
                event("here", NOW.plus(Duration.ofDays(2)), Set.of("moerkoev")),
                event("everywhere", NOW.plus(Duration.ofDays(3)), Set.of()),
                event("elsewhere", NOW.plus(Duration.ofDays(1)), Set.of("tuse")));
        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();
        assertEquals(List.of("here", "everywhere"), ids(feed));
    }

    @Test
    void showsTheSameEventFromTwoSourcesOnce() {
        Instant start = NOW.plus(Duration.ofDays(2));
        Item fromForum = new Item("forum:jul", "forum", ItemKind.EVENT, "Julemarked i Mørkøv!", "", start,
                start.plus(Duration.ofHours(3)), false, "", "", null, null, null, Set.of("moerkoev"), null);
        Item fromHall = new Item("hallen:xyz", "hallen", ItemKind.EVENT, "Julemarked i Mørkøv", "", start,
                start.plus(Duration.ofHours(4)), false, "", "", null, null, null, Set.of(), null);
        Feed feed = composer.compose(SCREEN, MOERKOEV, List.of(fromForum, fromHall), NOW).feed();
        assertEquals(List.of("forum:jul"), ids(feed));
    }

    @Test
    void copyOfAnEventForAnotherAreaDoesNotHideThisAreasCopy() {
        Instant start = NOW.plus(Duration.ofDays(2));
        Item tuse = new Item("a:tuse", "a", ItemKind.EVENT, "Loppemarked", "", start, null, false, "", "", null,
                null, null, Set.of("tuse"), null);
        Item moerkoev = new Item("b:moerkoev", "b", ItemKind.EVENT, "Loppemarked", "", start, null, false, "", "",
                null, null, null, Set.of("moerkoev"), null);
        Feed feed = composer.compose(SCREEN, MOERKOEV, List.of(tuse, moerkoev), NOW).feed();
        assertEquals(List.of("b:moerkoev"), ids(feed));
    }

    @Test
    void leavesOutWhatExpiredAndWhatLiesBeyondTheLookAheadAndHorizon() {
        List<Item> items = List.of(
                event("over", NOW.minus(Duration.ofHours(3)), Set.of("moerkoev")),
                event("far", NOW.plus(Duration.ofDays(30)), Set.of("moerkoev")),
                news("old", NOW.minus(Duration.ofDays(20))),
                news("fresh", NOW.minus(Duration.ofDays(1))));
        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();
        assertEquals(List.of("fresh"), ids(feed));
    }

    @Test
    void givesEverySlideTheWindowOfItsItem() {
        Instant start = NOW.plus(Duration.ofDays(2));
        Slide slide = composer.compose(SCREEN, MOERKOEV, List.of(event("e", start, Set.of())), NOW)
                .feed().slides().getFirst();
        assertEquals(start.minus(Duration.ofDays(14)), slide.showFrom());
        assertEquals(start.plus(Duration.ofHours(2)), slide.showUntil());
    }

    @Test
    void ordersSlidesByTime() {
        List<Item> items = List.of(
                event("late", NOW.plus(Duration.ofDays(5)), Set.of()),
                news("news", NOW.plus(Duration.ofDays(3)).minus(Duration.ofDays(4))),
                event("early", NOW.plus(Duration.ofDays(1)), Set.of()));
        assertEquals(List.of("news", "early", "late"), ids(composer.compose(SCREEN, MOERKOEV, items, NOW).feed()));
    }

    @Test
    void capsEachKind() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(event(String.format("e%02d", i), NOW.plus(Duration.ofHours(i + 1)), Set.of()));
        }
        items.add(news("n", NOW.minus(Duration.ofHours(1))));
        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();
        assertEquals(ComposerSettings.DEFAULTS.maxPerKind() + 1, feed.slides().stream()
                .filter(s -> s.kind() != ItemKind.AGENDA).count());
        assertTrue(ids(feed).contains("n"));
        assertTrue(ids(feed).contains("e00"));
    }

    @Test
    void sourcesShareTheLoopFairly() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(event(String.format("busy%02d", i), NOW.plus(Duration.ofHours(i + 1)), Set.of()));
        }
        Item quiet1 = new Item("quiet1", "quiet-source", ItemKind.EVENT, "Stille 1", "", NOW.plus(Duration.ofDays(5)),
                null, false, "", "https://stille.dk/1", null, null, null, Set.of(), null);
        Item quiet2 = new Item("quiet2", "quiet-source", ItemKind.EVENT, "Stille 2", "", NOW.plus(Duration.ofDays(6)),
                null, false, "", "https://stille.dk/2", null, null, null, Set.of(), null);
        items.add(quiet1);
        items.add(quiet2);
        List<String> ids = ids(composer.compose(SCREEN, MOERKOEV, items, NOW).feed()).stream()
                .filter(id -> !id.startsWith("agenda:")).toList();
        assertEquals(ComposerSettings.DEFAULTS.maxPerKind(), ids.size());
        assertTrue(ids.contains("quiet1") && ids.contains("quiet2"), "the quiet source gets its turn: " + ids);
        assertTrue(ids.contains("busy00"), "the busy source still gets its soonest: " + ids);
    }

    @Test
    void urgentMessageTakesTheScreenOver() {
        Item urgent = new Item("u", "admin", ItemKind.URGENT, "Vandforsyningen er afbrudt", "", null, null, false,
                "", "", null, NOW.minus(Duration.ofMinutes(5)), NOW.plus(Duration.ofHours(2)), Set.of("moerkoev"), null);
        List<Item> items = List.of(urgent, event("e", NOW.plus(Duration.ofDays(1)), Set.of()));
        Feed feed = composer.compose(SCREEN, MOERKOEV, items, NOW).feed();
        assertEquals(List.of("u"), feed.slidesAt(NOW).stream().map(Slide::id).toList());
        assertEquals(List.of("e"), feed.slidesAt(NOW.plus(Duration.ofHours(3))).stream().map(Slide::id).toList());
    }

    @Test
    void feedStaysValidUntilTheNextWindowBoundary() {
        Instant start = NOW.plus(Duration.ofDays(2));
        Composition c = composer.compose(SCREEN, MOERKOEV, List.of(event("e", start, Set.of())), NOW);
        assertEquals(start, c.validUntil(), "the ticker entry leaves when the event starts");
        Composition empty = composer.compose(SCREEN, MOERKOEV, List.of(), NOW);
        assertEquals(Instant.MAX, empty.validUntil());
    }

    @Test
    void dwellGrowsWithTextWithinBounds() {
        assertEquals(8, composer.dwellSeconds("Kort"));
        int medium = composer.dwellSeconds("ord ".repeat(30));
        assertEquals(14, medium);
        assertEquals(20, composer.dwellSeconds("ord ".repeat(300)));
    }

    @Test
    void refusesScreenOfAnotherArea() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> composer.compose(SCREEN, new Area("tuse", "Tuse"), List.of(), NOW));
        assertEquals("screen moerkoev is in area moerkoev, not tuse", e.getMessage());
    }

    @Test
    void aCompositionReusedForAnotherScreenOfTheAreaEqualsComposingForIt() {
        Screen portrait = new Screen("moerkoev-hallen", "Mørkøv Hallen", "moerkoev", "Foyer", Orientation.PORTRAIT,
                1080, 1920, null);
        List<Item> items = List.of(event("here", NOW.plus(Duration.ofDays(2)), Set.of("moerkoev")),
                news("nyt", NOW.minus(Duration.ofDays(1))));
        Composition first = composer.compose(SCREEN, MOERKOEV, items, NOW);
        assertEquals(composer.compose(portrait, MOERKOEV, items, NOW), composer.reuse(first, portrait));
        Screen elsewhere = new Screen("tuse", "Tuse", "tuse", "", Orientation.LANDSCAPE, 1920, 1080, null);
        assertThrows(IllegalArgumentException.class, () -> composer.reuse(first, elsewhere));
    }
}
