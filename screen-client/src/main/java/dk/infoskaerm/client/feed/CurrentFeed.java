package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The feed the screen shows now, shared between the poller and the display. */
public final class CurrentFeed {

    private final AtomicReference<Feed> feed;

    /** Starts with {@code initial}, which may be null (nothing yet: the idle slide). */
    public CurrentFeed(Feed initial) {
        this.feed = new AtomicReference<>(initial);
    }

    /** The feed, empty before the first one arrived. */
    public Optional<Feed> find() {
        return Optional.ofNullable(feed.get());
    }

    void set(Feed next) {
        feed.set(next);
    }
}
