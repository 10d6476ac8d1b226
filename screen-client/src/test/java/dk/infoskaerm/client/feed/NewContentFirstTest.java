package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screen shows a newly arrived post next, as soon as the slide on screen ends, not when its turn comes. */
class NewContentFirstTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static Slide slide(String id) {
        return new Slide(id, ItemKind.EVENT, "Arrangement " + id, "", null, null, false, "", "", null,
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10);
    }

    @Test
    void aPostArrivingMidSlideIsOnScreenWhenThatSlideEnds() {
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            slides.add(slide("s" + i));
        }
        Feed before = new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape",
                slides, List.of());
        List<Slide> more = new ArrayList<>(slides);
        more.add(slide("nyt-opslag"));
        Feed after = new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape",
                more, List.of());
        CurrentFeed current = new CurrentFeed(null);
        current.set(before, "\"1\"", T0);
        Feed.Play onScreen = current.playAt(T0.plusSeconds(4)).orElseThrow();

        current.set(after, "\"2\"", T0.plusSeconds(4));

        assertEquals(onScreen.slide().id(), current.showingAt(onScreen.until().minusMillis(1)));
        assertEquals("nyt-opslag", current.showingAt(onScreen.until()));
        assertEquals("nyt-opslag", after.slides().getLast().id());
        assertEquals(after.playAt(onScreen.until().plusSeconds(10)).orElseThrow().slide().id(),
                current.showingAt(onScreen.until().plusSeconds(10)), "then the rotation");
    }
}
