package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.feed.TechnicianNotice;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.StatusScreen;
import java.awt.image.BufferedImage;
import java.time.Instant;

/**
 * What the screen shows at a moment, for both displays: the feed's slide, black outside opening hours, the idle
 * slide, or the technician's status screen in place of the idle slide while the client has a notice.
 */
final class Frames {

    /** What {@link #showingAt} says for a technician's notice. */
    static final String NOTICE = "notice";

    private Frames() {
    }

    /** A slide's id, {@code dark}, {@code idle} or {@link #NOTICE}. */
    static String showingAt(CurrentFeed current, Instant at) {
        String showing = FrameRenderer.showingAt(current.find().orElse(null), at);
        return showing.equals(FrameRenderer.IDLE) && current.findNotice().isPresent() ? NOTICE : showing;
    }

    /** The picture of {@link #showingAt}; a notice is drawn as the technician's status screen. */
    static BufferedImage render(CurrentFeed current, Instant at, int width, int height) {
        Feed feed = current.find().orElse(null);
        TechnicianNotice notice = current.findNotice().orElse(null);
        if (notice != null && FrameRenderer.showingAt(feed, at).equals(FrameRenderer.IDLE)) {
            return StatusScreen.render(new StatusScreen.Facts(notice.screenId(), notice.serverUrl(),
                    MachineAddress.find(), notice.problem(), notice.remedy()), at, width, height);
        }
        return FrameRenderer.render(feed, at, width, height, current.pictures()).image();
    }
}
