package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.feed.TechnicianNotice;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.Layout;
import dk.infoskaerm.render.RenderedFrame;
import dk.infoskaerm.render.StatusScreen;
import java.awt.image.BufferedImage;
import java.time.Instant;

/**
 * What the screen shows at a moment, for both displays: the feed's slide (new content first, then the rotation),
 * black outside opening hours, the idle slide, or the technician's status screen in place of the idle slide while
 * the client has a notice.
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

    /** The frame of {@link #showingAt}; a notice is drawn as the technician's status screen. */
    static RenderedFrame render(CurrentFeed current, Instant at, int width, int height) {
        Feed feed = current.find().orElse(null);
        TechnicianNotice notice = current.findNotice().orElse(null);
        String showing = current.showingAt(at);
        if (notice != null && showing.equals(FrameRenderer.IDLE)) {
            BufferedImage status = StatusScreen.render(new StatusScreen.Facts(notice.screenId(), notice.serverUrl(),
                    MachineAddress.find(), notice.problem(), notice.remedy()), at, width, height);
            return new RenderedFrame(status, null, Layout.of(width, height, 1, false));
        }
        if (showing.equals(FrameRenderer.DARK)) {
            return FrameRenderer.render(feed, at, width, height);
        }
        return FrameRenderer.render(feed, current.playAt(at).orElse(null), at, width, height, current.pictures());
    }
}
