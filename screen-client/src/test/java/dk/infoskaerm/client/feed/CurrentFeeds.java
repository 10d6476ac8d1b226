package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import java.time.Instant;

/** Applies a feed to a {@link CurrentFeed} from tests in other packages, as the poller does. */
public final class CurrentFeeds {

    private CurrentFeeds() {
    }

    /** Makes {@code feed} with {@code etag} the one {@code current} shows, applied at {@code at}. */
    public static void apply(CurrentFeed current, Feed feed, String etag, Instant at) {
        current.set(feed, etag, at);
    }
}
