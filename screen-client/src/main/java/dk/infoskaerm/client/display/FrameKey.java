package dk.infoskaerm.client.display;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.FrameRenderer;
import java.time.Instant;

/**
 * What decides whether the picture changed: the feed, the slide and the minute shown on the clock.
 *
 * @param feed the feed, compared by identity as a new fetch gives a new object
 * @param slideId the slide shown, {@code idle} or {@code dark}
 * @param minute minutes since the epoch
 * @param width frame width
 * @param height frame height
 */
record FrameKey(Feed feed, String slideId, long minute, int width, int height) {

    static FrameKey of(Feed feed, Instant at, int width, int height) {
        String slide = FrameRenderer.showingAt(feed, at);
        return new FrameKey(feed, slide, Math.floorDiv(at.getEpochSecond(), 60), width, height);
    }

    /** Whether {@code other} shows another slide (or feed, or size) than this one, not just another minute. */
    boolean showsOtherThan(FrameKey other) {
        return !java.util.Objects.equals(slideId, other.slideId) || width != other.width || height != other.height;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameKey k && k.feed == feed && java.util.Objects.equals(k.slideId, slideId)
                && k.minute == minute && k.width == width && k.height == height;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(System.identityHashCode(feed), slideId, minute, width, height);
    }
}
