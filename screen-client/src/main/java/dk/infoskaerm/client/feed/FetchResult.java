package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import java.util.List;

/** What asking the server for a feed gave. */
public sealed interface FetchResult {

    /**
     * A new feed.
     *
     * @param feed the parsed feed
     * @param body the document as received, for the cache
     * @param etag the server's ETag, or null
     * @param skippedKinds the kind of each slide left out of {@code feed} for being unknown to this client
     */
    record Modified(Feed feed, byte[] body, String etag, List<String> skippedKinds) implements FetchResult {

        /** Copies the list. */
        public Modified {
            skippedKinds = List.copyOf(skippedKinds);
        }
    }

    /** The server said 304: the feed we have is current. */
    record NotModified() implements FetchResult {
    }
}
