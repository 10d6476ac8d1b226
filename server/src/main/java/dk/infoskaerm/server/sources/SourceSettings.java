package dk.infoskaerm.server.sources;

import java.time.Duration;

/**
 * How sources are imported (the {@code infoskaerm.sources} settings).
 *
 * @param tick how often the scheduler looks for due sources
 * @param connectTimeout how long a fetch waits for a connection
 * @param requestTimeout how long a fetch waits for the headers and, again, for the body
 * @param maxBytes the largest body accepted
 * @param windowDays how many days ahead events are imported
 * @param maxBackoff the longest wait after repeated failures (never shorter than the source's interval)
 * @param allowPrivateSources whether sources may live on loopback and private addresses (tests, intranets)
 */
public record SourceSettings(Duration tick, Duration connectTimeout, Duration requestTimeout, long maxBytes,
                             int windowDays, Duration maxBackoff, boolean allowPrivateSources) {
}
