package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import java.nio.file.Path;

/**
 * A feed loaded from the on-disk cache.
 *
 * @param feed the feed
 * @param etag its ETag, or null when unknown (then the next fetch gets the whole feed)
 * @param source the file it came from
 */
public record CachedFeed(Feed feed, String etag, Path source) {
}
