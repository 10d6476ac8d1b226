package dk.infoskaerm.content.feed;

import java.time.Instant;

/**
 * A composed feed and the instant until which it stays right.
 *
 * @param feed the document
 * @param validUntil the next instant at which time alone changes the document (an item starts, expires or leaves
 *                   the look-ahead), or {@link Instant#MAX} when nothing will
 */
public record Composition(Feed feed, Instant validUntil) {
}
