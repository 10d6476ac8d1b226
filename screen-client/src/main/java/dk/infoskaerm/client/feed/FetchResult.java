package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;

/** What asking the server for a feed gave. */
public sealed interface FetchResult {

    /**
     * A new feed.
     *
     * @param feed the parsed feed
     * @param body the document as received, for the cache
     * @param etag the server's ETag, or null
     */
    record Modified(Feed feed, byte[] body, String etag) implements FetchResult {
    }

    /** The server said 304: the feed we have is current. */
    record NotModified() implements FetchResult {
    }
}
