package dk.infoskaerm.content.json;

import dk.infoskaerm.content.feed.Feed;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A feed as read by {@link Json#readFeedReporting}, with what was left out of it.
 *
 * @param feed the feed, holding only slides of known kinds, in document order
 * @param skippedKinds the kind of each slide skipped for being unknown to this code, in document order
 */
public record FeedReading(Feed feed, List<String> skippedKinds) {

    /** Validates and copies. */
    public FeedReading {
        Objects.requireNonNull(feed, "feed");
        skippedKinds = List.copyOf(skippedKinds);
    }

    /** The distinct unknown kinds met, sorted. */
    public SortedSet<String> unknownKinds() {
        return new TreeSet<>(skippedKinds);
    }
}
