package dk.infoskaerm.server.sources;

import io.helidon.config.Config;
import java.time.Duration;

/**
 * The {@code infoskaerm.sources} config sub-tree.
 *
 * @param tick how often the scheduler looks for due sources
 * @param connectTimeout how long a fetch waits for a connection
 * @param requestTimeout how long a fetch waits for the headers and, again, for the body
 * @param maxBytes the largest body accepted
 * @param windowDays how many days ahead events are imported
 * @param maxBackoff the longest wait after repeated failures (never shorter than the source's interval)
 */
record SourceSettings(Duration tick, Duration connectTimeout, Duration requestTimeout, long maxBytes, int windowDays,
                      Duration maxBackoff) {

    static SourceSettings of(Config c) {
        return new SourceSettings(
                Duration.ofSeconds(positive(c, "tick-seconds", 15)),
                Duration.ofSeconds(positive(c, "connect-timeout-seconds", 10)),
                Duration.ofSeconds(positive(c, "request-timeout-seconds", 30)),
                positive(c, "max-bytes", 10L * 1024 * 1024),
                (int) positive(c, "window-days", 180),
                Duration.ofMinutes(positive(c, "max-backoff-minutes", 360)));
    }

    private static long positive(Config c, String key, long fallback) {
        long value = c.get(key).asLong().orElse(fallback);
        if (value < 1) {
            throw new IllegalArgumentException("infoskaerm.sources." + key + " must be at least 1: " + value
                    + " (application.yaml, or INFOSKAERM_SOURCES_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_')
                    + " in the environment)");
        }
        return value;
    }
}
