package dk.infoskaerm.content.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.Orientation;
import dk.infoskaerm.content.Screen;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The area's standing invitations ("Har du en idé?", "Book en politiker"): once per loop, or at most every N min. */
class RecurringSlidesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant FROM = T0.minus(Duration.ofDays(1));
    private static final Instant UNTIL = T0.plus(Duration.ofDays(1));

    @Test
    void withoutAPeriodTheyPlayOncePerLoop() {
        Map<String, Long> seconds = secondsShown(feed(0), 3600);
        // round: 10 + 10 + 20 = 40 s; the contact slide has 20 of every 40 seconds
        assertEquals(1800L, seconds.get("contact"));
        assertEquals(900L, seconds.get("a"));
    }

    @Test
    void withAPeriodTheyPlayOnceEachPeriodAndTheRestRotatesAsBefore() {
        Feed feed = feed(300);
        Map<String, Long> seconds = secondsShown(feed, 3600);
        assertEquals(12 * 20L, seconds.get("contact"), "20 seconds in each of the hour's twelve 5-minute periods");
        Instant period = Instant.ofEpochSecond(T0.getEpochSecond() - Math.floorMod(T0.getEpochSecond(), 300));
        assertEquals("contact", feed.slideAt(period).orElseThrow().id());
        assertEquals("contact", feed.slideAt(period.plusSeconds(19)).orElseThrow().id());
        assertEquals(ItemKind.NEWS, feed.slideAt(period.plusSeconds(20)).orElseThrow().kind());
    }

    @Test
    void theRestTakesTurnsOutsideTheInvitationsAndEachTurnIsTimedByWhatShows() {
        Feed feed = new Feed(Feed.FORMAT_VERSION, "s", "S", "a", "A", "landscape", List.of(
                slide("a", ItemKind.NEWS, 30), slide("b", ItemKind.EVENT, 30), slide("contact", ItemKind.CONTACT, 20)),
                List.of(), null, 120);
        Map<String, Long> seconds = new HashMap<>();
        for (int i = 0; i < 3600; i++) {
            Instant at = T0.plusSeconds(i);
            Feed.Play play = feed.playAt(at).orElseThrow();
            seconds.merge(play.slide().id(), 1L, Long::sum);
            long periodStart = at.getEpochSecond() - Math.floorMod(at.getEpochSecond(), 120);
            // every turn lies within what shows: never over the invitations' block, never past the period
            assertEquals(true, !at.isBefore(play.from()) && at.isBefore(play.until()), at + " in " + play);
            if (!play.slide().kind().recurring()) {
                assertEquals(true, play.from().getEpochSecond() >= periodStart + 20
                        && play.until().getEpochSecond() <= periodStart + 120, at + ": " + play);
            }
        }
        // thirty 2-minute periods: the invitation 20 s each; the other 100 s are 50 whole rounds of a and b
        assertEquals(600L, seconds.get("contact"));
        assertEquals(1500L, seconds.get("a"));
        assertEquals(1500L, seconds.get("b"));
    }

    @Test
    void aPeriodShorterThanTheInvitationsLetsThemComeOncePerLoop() {
        Feed feed = new Feed(Feed.FORMAT_VERSION, "s", "S", "a", "A", "landscape", List.of(
                slide("a", ItemKind.NEWS, 10), slide("contact", ItemKind.CONTACT, 20),
                slide("book", ItemKind.BOOK, 20)), List.of(), null, 30);
        Map<String, Long> seconds = secondsShown(feed, 500);
        assertEquals(100L, seconds.get("a"), "the rest still shows");
    }

    @Test
    void aloneTheyPlayAllTheTime() {
        Feed feed = new Feed(Feed.FORMAT_VERSION, "s", "S", "a", "A", "landscape",
                List.of(slide("contact", ItemKind.CONTACT, 20)), List.of(), null, 300);
        assertEquals(3600L, secondsShown(feed, 3600).get("contact"));
    }

    @Test
    void composerPutsTheInvitationAtTheEndOfTheLoopWithTheLongestDwellAndNoEnd() {
        FeedComposer composer = new FeedComposer(new ComposerSettings(Duration.ofDays(14), Duration.ofDays(14), 12,
                8, 20, Duration.ofMinutes(10)));
        Item contact = new Item("contact:moerkoev", "areas", ItemKind.CONTACT, "Mørkøv Lokalforum", "Lise Berg", null,
                null, false, "", "https://www.holbaek.dk/deltag", null, null, null, Set.of("moerkoev"), null);
        Item news = new Item("n", "demo", ItemKind.NEWS, "Nyt", "", null, null, false, "", "", T0.minusSeconds(60),
                null, null, Set.of("moerkoev"), null);
        Screen screen = new Screen("moerkoev", "Mørkøv Brugs", "moerkoev", "", Orientation.LANDSCAPE, 1920, 1080,
                OpeningHours.ALWAYS);
        Feed feed = composer.compose(screen, new Area("moerkoev", "Mørkøv"), List.of(contact, news), T0).feed();
        assertEquals(List.of("n", "contact:moerkoev"), feed.slides().stream().map(Slide::id).toList());
        Slide slide = feed.slides().getLast();
        assertEquals(20, slide.dwellSeconds());
        assertEquals(Instant.parse("9999-12-31T00:00:00Z"), slide.showUntil());
        assertEquals(600, feed.recurEverySeconds());
    }

    private static Feed feed(int recurEverySeconds) {
        return new Feed(Feed.FORMAT_VERSION, "s", "S", "a", "A", "landscape", List.of(
                slide("a", ItemKind.NEWS, 10), slide("b", ItemKind.EVENT, 10), slide("contact", ItemKind.CONTACT, 20)),
                List.of(), null, recurEverySeconds);
    }

    private static Slide slide(String id, ItemKind kind, int dwell) {
        return new Slide(id, kind, "Titel " + id, "", null, null, false, "", "", null, FROM, UNTIL, dwell);
    }

    private static Map<String, Long> secondsShown(Feed feed, int seconds) {
        Map<String, Long> shown = new HashMap<>();
        for (int i = 0; i < seconds; i++) {
            shown.merge(feed.slideAt(T0.plusSeconds(i)).orElseThrow().id(), 1L, Long::sum);
        }
        return shown;
    }
}
