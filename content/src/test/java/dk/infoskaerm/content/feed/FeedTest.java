package dk.infoskaerm.content.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static Slide slide(String id, ItemKind kind, Instant from, Instant until, int dwell) {
        return new Slide(id, kind, "Titel " + id, "", null, null, false, "", "", null, from, until, dwell);
    }

    private static Feed feed(Slide... slides) {
        return new Feed(Feed.FORMAT_VERSION, "s", "S", "a", "A", "landscape", List.of(slides), List.of());
    }

    @Test
    void rotatesSlidesByDwellAnchoredAtTheEpoch() {
        Feed feed = feed(slide("a", ItemKind.NEWS, T0.minusSeconds(3600), T0.plusSeconds(3600), 10),
                slide("b", ItemKind.EVENT, T0.minusSeconds(3600), T0.plusSeconds(3600), 20));
        long round = 30;
        Instant roundStart = Instant.ofEpochSecond(T0.getEpochSecond() - Math.floorMod(T0.getEpochSecond(), round));
        assertEquals("a", feed.slideAt(roundStart).orElseThrow().id());
        assertEquals("a", feed.slideAt(roundStart.plusSeconds(9)).orElseThrow().id());
        assertEquals("b", feed.slideAt(roundStart.plusSeconds(10)).orElseThrow().id());
        assertEquals("b", feed.slideAt(roundStart.plusSeconds(29)).orElseThrow().id());
        assertEquals("a", feed.slideAt(roundStart.plusSeconds(30)).orElseThrow().id());
    }

    @Test
    void isIdleWhenNothingIsInItsWindow() {
        Feed feed = feed(slide("later", ItemKind.NEWS, T0.plusSeconds(60), T0.plusSeconds(120), 10));
        assertTrue(feed.slideAt(T0).isEmpty());
    }

    @Test
    void listsWhatPlaysWhenIncludingWindowChangesAndIdle() {
        Instant roundStart = Instant.ofEpochSecond(T0.getEpochSecond() - Math.floorMod(T0.getEpochSecond(), 10));
        Feed feed = feed(slide("a", ItemKind.NEWS, roundStart.minusSeconds(60), roundStart.plusSeconds(25), 10));
        List<Feed.Play> plays = feed.plays(roundStart, roundStart.plusSeconds(40), 100);
        assertEquals(2, plays.size(), plays.toString());
        assertEquals("a", plays.get(0).slide().id());
        assertEquals(roundStart, plays.get(0).from());
        assertEquals(roundStart.plusSeconds(25), plays.get(0).until(), "the slide's window closes mid-round");
        assertNull(plays.get(1).slide(), "then the screen is idle");
        assertEquals(roundStart.plusSeconds(40), plays.get(1).until());
    }

    @Test
    void urgentSlideTakesOverThePlayList() {
        Instant roundStart = Instant.ofEpochSecond(T0.getEpochSecond() - Math.floorMod(T0.getEpochSecond(), 20));
        Feed feed = feed(slide("n", ItemKind.NEWS, roundStart.minusSeconds(60), roundStart.plusSeconds(600), 10),
                slide("u", ItemKind.URGENT, roundStart.plusSeconds(30), roundStart.plusSeconds(50), 10));
        List<Feed.Play> plays = feed.plays(roundStart, roundStart.plusSeconds(60), 100);
        assertEquals(List.of("n", "u", "n"), plays.stream().map(p -> p.slide().id()).toList());
        assertEquals(roundStart.plusSeconds(30), plays.get(1).from());
        assertEquals(roundStart.plusSeconds(50), plays.get(1).until());
    }
}
