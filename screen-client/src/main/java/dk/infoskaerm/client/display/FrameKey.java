package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.feed.TechnicianNotice;
import dk.infoskaerm.content.feed.Feed;
import java.time.Instant;

/**
 * What decides whether the picture changed: the feed, the slide (or notice) and the minute shown on the clock.
 *
 * @param feed the feed, compared by identity as a new fetch gives a new object
 * @param slideId the slide shown, {@code idle}, {@code dark} or {@code notice}
 * @param notice the technician's notice, or null
 * @param minute minutes since the epoch
 * @param width frame width
 * @param height frame height
 */
record FrameKey(Feed feed, String slideId, TechnicianNotice notice, long minute, int width, int height) {

    static FrameKey of(CurrentFeed current, Instant at, int width, int height) {
        return new FrameKey(current.find().orElse(null), Frames.showingAt(current, at),
                current.findNotice().orElse(null), Math.floorDiv(at.getEpochSecond(), 60), width, height);
    }

    /** Whether {@code other} shows another slide (or feed, or size) than this one, not just another minute. */
    boolean showsOtherThan(FrameKey other) {
        return !java.util.Objects.equals(slideId, other.slideId) || !java.util.Objects.equals(notice, other.notice)
                || width != other.width || height != other.height;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameKey k && k.feed == feed && java.util.Objects.equals(k.slideId, slideId)
                && java.util.Objects.equals(k.notice, notice)
                && k.minute == minute && k.width == width && k.height == height;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(System.identityHashCode(feed), slideId, notice, minute, width, height);
    }
}
