package dk.infoskaerm.content.feed;

import dk.infoskaerm.content.ItemKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The document a screen reads: what it shows, slide by slide. Format described in {@code docs/feed-format.md}.
 *
 * @param version format version, {@link #FORMAT_VERSION}
 * @param screenId the screen this feed is for
 * @param screenName the screen's name
 * @param areaSlug the screen's area
 * @param areaName the area's name, shown on idle slides
 * @param orientation {@code landscape} or {@code portrait}
 * @param slides what to show, in order; each with its own display window
 * @param ticker the next events, for the footer line
 */
public record Feed(int version, String screenId, String screenName, String areaSlug, String areaName,
                   String orientation, List<Slide> slides, List<TickerEntry> ticker) {

    /** The format version this code writes and understands. */
    public static final int FORMAT_VERSION = 1;

    /** Validates and copies. */
    public Feed {
        Objects.requireNonNull(screenId, "screenId");
        slides = slides == null ? List.of() : List.copyOf(slides);
        ticker = ticker == null ? List.of() : List.copyOf(ticker);
    }

    /**
     * What the screen shows at {@code at}: the slides whose window contains it, in feed order; when an urgent
     * message is among them, only the urgent messages, as they take the screen over.
     */
    public List<Slide> slidesAt(Instant at) {
        List<Slide> shown = slides.stream().filter(s -> s.isShownAt(at)).toList();
        List<Slide> urgent = shown.stream().filter(s -> s.kind() == ItemKind.URGENT).toList();
        return urgent.isEmpty() ? shown : urgent;
    }

    /** The ticker entries still ahead at {@code at}. */
    public List<TickerEntry> tickerAt(Instant at) {
        return ticker.stream().filter(t -> at.isBefore(t.showUntil())).toList();
    }

    /**
     * One line of the footer ticker.
     *
     * @param title the event's title
     * @param start when it starts
     * @param allDay whether it is an all-day event
     * @param showUntil when to drop it from the ticker
     */
    public record TickerEntry(String title, Instant start, boolean allDay, Instant showUntil) {
    }
}
