package dk.infoskaerm.client.display;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.render.BrowseView;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The touch kiosk's state: the slides (the loop), the browse view, or one item's details. A tap or any key leaves
 * the loop for the browse view; a tap on a tile (or Enter on the tile the arrow keys chose) shows its details; the
 * back tile, Escape or Backspace go back; {@link #IDLE} without input returns to the loop. The pages are drawn by the
 * renderer's {@link BrowseView}; not thread-safe, used on the event thread.
 */
final class TouchKiosk {

    /** How long without a touch before the slides come back. */
    static final Duration IDLE = Duration.ofSeconds(30);

    private enum Mode { LOOP, BROWSE, DETAILS }

    private Mode mode = Mode.LOOP;
    private String slideId;
    private int focus = -1;
    private Instant lastInput = Instant.MIN;
    private List<String> listed = List.of();
    private BrowseView.Page page;
    private long version;

    /** Whether the slides are shown. */
    boolean inLoop() {
        return mode == Mode.LOOP;
    }

    /** Changes each time what is shown changes. */
    long version() {
        return version;
    }

    /** A tap (or click) at ({@code x}, {@code y}) of the window. */
    void tap(int x, int y, Instant now) {
        lastInput = now;
        switch (mode) {
            case LOOP -> show(Mode.BROWSE, null, -1);
            case BROWSE -> tileAt(x, y).ifPresent(tile -> show(Mode.DETAILS, tile.slideId(), -1));
            case DETAILS -> tileAt(x, y).ifPresent(tile -> show(Mode.BROWSE, null, -1));
        }
    }

    /** A key, e.g. from a keyboard or a remote control ({@link KeyEvent} codes). */
    void key(int code, Instant now) {
        lastInput = now;
        boolean back = code == KeyEvent.VK_ESCAPE || code == KeyEvent.VK_BACK_SPACE;
        boolean enter = code == KeyEvent.VK_ENTER || code == KeyEvent.VK_SPACE;
        switch (mode) {
            case LOOP -> show(Mode.BROWSE, null, 0);
            case BROWSE -> {
                if (back) {
                    show(Mode.LOOP, null, -1);
                } else if (enter && focus >= 0 && focus < listed.size()) {
                    show(Mode.DETAILS, listed.get(focus), 0);
                } else if (code == KeyEvent.VK_RIGHT || code == KeyEvent.VK_DOWN) {
                    show(Mode.BROWSE, null, Math.min(listed.size() - 1, focus + 1));
                } else if (code == KeyEvent.VK_LEFT || code == KeyEvent.VK_UP) {
                    show(Mode.BROWSE, null, Math.max(0, focus - 1));
                }
            }
            case DETAILS -> {
                if (back || enter) {
                    show(Mode.BROWSE, null, Math.max(0, listed.indexOf(slideId)));
                }
            }
        }
    }

    /** Back to the loop when nothing was touched for {@link #IDLE}. */
    void checkIdle(Instant now) {
        if (mode != Mode.LOOP && !now.isBefore(lastInput.plus(IDLE))) {
            show(Mode.LOOP, null, -1);
        }
    }

    /** The page shown now (browse view or details), {@code width}×{@code height}; not for the loop. */
    BufferedImage render(Feed feed, Instant at, int width, int height) {
        listed = BrowseView.items(feed, at).stream().map(Slide::id).toList();
        Optional<Slide> slide = mode == Mode.DETAILS && feed != null
                ? feed.slides().stream().filter(s -> s.id().equals(slideId)).findFirst() : Optional.empty();
        page = slide.isPresent() ? BrowseView.details(slide.get(), width, height, focus >= 0)
                : BrowseView.browse(feed, at, width, height, focus);
        return page.image();
    }

    private Optional<BrowseView.Tile> tileAt(int x, int y) {
        return page == null ? Optional.empty() : page.tileAt(x, y);
    }

    private void show(Mode next, String slide, int nextFocus) {
        mode = next;
        slideId = slide;
        focus = nextFocus;
        version++;
    }
}
