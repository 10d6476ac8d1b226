package dk.infoskaerm.render;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Loads the feed fixture under {@code src/test/resources} and builds small feeds for the renderer's tests. */
final class Fixtures {

    /** A moment inside the windows of the fixture's event, meeting, news and announcement slides. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T09:00:00Z");

    private Fixtures() {
    }

    /** The Mørkøv fixture feed. */
    static Feed moerkoev() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feeds/moerkoev.json")) {
            if (in == null) {
                throw new IllegalStateException("no test resource feeds/moerkoev.json");
            }
            return Json.readFeed(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last page of the slide showing at {@link #MONDAY_10}: where a long slide's body ends up. */
    static RenderedFrame lastPage(Feed feed, int width, int height) {
        Feed.Play play = feed.playAt(MONDAY_10).orElseThrow();
        return FrameRenderer.render(feed, play, play.until().minusMillis(1), width, height, Pictures.NONE);
    }

    /** A feed for screen {@code moerkoev} showing only {@code slides}. */
    static Feed feedOf(List<Slide> slides) {
        Feed base = moerkoev();
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape",
                slides, base.ticker());
    }

    /** A slide of {@code kind} shown from 2000 to 2100, with a meeting's details when it is a meeting. */
    static Slide slide(ItemKind kind, String title, String body, String url) {
        MeetingDetails meeting = kind == ItemKind.MEETING
                ? new MeetingDetails(List.of("Søren Ørum", "Åse Ærø"), "Teknik- og Miljøudvalget", "holbaek.dk/tilmelding")
                : null;
        Instant start = kind == ItemKind.NEWS ? null : Instant.parse("2026-12-05T13:00:00Z");
        return new Slide("s-" + kind.wireName(), kind, title, body, start, start == null ? null : start.plusSeconds(7200),
                false, kind == ItemKind.NEWS ? "" : "Mørkøv Hallen", url, meeting,
                Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), 10);
    }
}
