package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.RenderedFrame;
import java.time.Instant;

/**
 * What the screen shows at a moment, for both displays: the feed's slide (new content first, then the rotation),
 * black outside opening hours, the idle slide, or a technician's notice in place of the idle slide while the client
 * has one.
 */
final class Frames {

    /** What {@link #showingAt} says for a technician's notice. */
    static final String NOTICE = "notice";

    private Frames() {
    }

    /** A slide's id, {@code dark}, {@code idle} or {@link #NOTICE}. */
    static String showingAt(CurrentFeed current, Instant at) {
        String showing = current.showingAt(at);
        return showing.equals(FrameRenderer.IDLE) && current.findNotice().isPresent() ? NOTICE : showing;
    }

    /** The frame of {@link #showingAt}. */
    static RenderedFrame render(CurrentFeed current, Instant at, int width, int height) {
        Feed feed = current.find().orElse(null);
        String notice = current.findNotice().orElse(null);
        String showing = current.showingAt(at);
        if (notice != null && showing.equals(FrameRenderer.IDLE)) {
            return FrameRenderer.renderNotice(feed, notice, at, width, height);
        }
        if (showing.equals(FrameRenderer.DARK)) {
            return FrameRenderer.render(feed, at, width, height);
        }
        return FrameRenderer.render(feed, current.playAt(at).orElse(null), at, width, height, current.pictures());
    }
}
