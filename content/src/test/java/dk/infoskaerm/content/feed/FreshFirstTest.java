package dk.infoskaerm.content.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.infoskaerm.content.ItemKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New and changed slides play next, once the slide on screen ends; then the rotation goes on. */
class FreshFirstTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static Slide slide(String id, String title, ItemKind kind) {
        return new Slide(id, kind, title, "", null, null, false, "", "", null, Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"), 10);
    }

    private static Feed feed(Slide... slides) {
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape",
                List.of(slides), List.of());
    }

    private static List<String> shown(FreshFirst plan, Feed feed, Instant from, int seconds) {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            String id = plan.playAt(feed, from.plusSeconds(s)).map(p -> p.slide().id()).orElse("idle");
            if (ids.isEmpty() || !ids.getLast().equals(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void aNewSlideIsShownAsSoonAsTheSlideOnScreenEnds() {
        Feed before = feed(slide("a", "A", ItemKind.EVENT), slide("b", "B", ItemKind.EVENT),
                slide("c", "C", ItemKind.EVENT), slide("d", "D", ItemKind.EVENT));
        Feed after = feed(slide("a", "A", ItemKind.EVENT), slide("b", "B", ItemKind.EVENT),
                slide("c", "C", ItemKind.EVENT), slide("d", "D", ItemKind.EVENT),
                slide("new", "Nyt opslag", ItemKind.ANNOUNCEMENT));
        Feed.Play onScreen = before.playAt(T0).orElseThrow();
        Instant arrives = onScreen.from().plusSeconds(3);

        FreshFirst plan = FreshFirst.plan(before, FreshFirst.NONE, after, arrives);

        assertEquals(onScreen.slide().id(), plan.playAt(after, arrives).orElseThrow().slide().id(),
                "the slide on screen plays to its end");
        Feed.Play next = plan.playAt(after, onScreen.until()).orElseThrow();
        assertEquals("new", next.slide().id());
        assertEquals(onScreen.until(), next.from());
        assertEquals(after.playAt(next.until()), plan.playAt(after, next.until()), "then the rotation goes on");
    }

    @Test
    void aChangedSlideIsShownNextAndAnUnchangedFeedChangesNothing() {
        Feed before = feed(slide("a", "A", ItemKind.EVENT), slide("b", "B", ItemKind.EVENT),
                slide("c", "C", ItemKind.EVENT));
        Feed after = feed(slide("a", "A", ItemKind.EVENT), slide("b", "B", ItemKind.EVENT),
                slide("c", "C flyttet til hallen", ItemKind.EVENT));
        Feed.Play onScreen = before.playAt(T0).orElseThrow();

        FreshFirst plan = FreshFirst.plan(before, FreshFirst.NONE, after, T0);

        assertEquals("c", plan.playAt(after, onScreen.until()).orElseThrow().slide().id());
        assertEquals(FreshFirst.NONE, FreshFirst.plan(before, FreshFirst.NONE, before, T0));
        assertEquals(FreshFirst.NONE, FreshFirst.plan(null, FreshFirst.NONE, after, T0), "the first feed");
    }

    @Test
    void anUrgentMessageTakesOverAtOnce() {
        Feed before = feed(slide("a", "A", ItemKind.EVENT), slide("b", "B", ItemKind.EVENT));
        Feed after = feed(slide("a", "A", ItemKind.EVENT), slide("b", "B", ItemKind.EVENT),
                slide("u", "Kogeanbefaling", ItemKind.URGENT), slide("new", "Nyt", ItemKind.NEWS));

        FreshFirst plan = FreshFirst.plan(before, FreshFirst.NONE, after, T0);

        assertEquals(List.of("u"), shown(plan, after, T0, 30));
    }

    @Test
    void twoNewSlidesPlayInFeedOrderBeforeTheRotation() {
        Feed before = feed(slide("a", "A", ItemKind.EVENT), slide("b", "B", ItemKind.EVENT));
        Feed after = feed(slide("a", "A", ItemKind.EVENT), slide("n1", "Ny 1", ItemKind.NEWS),
                slide("b", "B", ItemKind.EVENT), slide("n2", "Ny 2", ItemKind.NEWS));
        Feed.Play onScreen = before.playAt(T0).orElseThrow();

        FreshFirst plan = FreshFirst.plan(before, FreshFirst.NONE, after, T0);

        List<String> order = shown(plan, after, T0, 35);
        assertEquals(List.of(onScreen.slide().id(), "n1", "n2"), order.subList(0, 3));
    }
}
