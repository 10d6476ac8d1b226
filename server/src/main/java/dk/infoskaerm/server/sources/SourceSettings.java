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
 * @param testAdminToken the value of {@code X-Test-Admin} that the interim admin guard accepts; empty refuses all
 */
record SourceSettings(Duration tick, Duration connectTimeout, Duration requestTimeout, long maxBytes, int windowDays,
                      Duration maxBackoff, String testAdminToken) {

    static SourceSettings of(Config c) {
        return new SourceSettings(
                Duration.ofSeconds(c.get("tick-seconds").asInt().orElse(15)),
                Duration.ofSeconds(c.get("connect-timeout-seconds").asInt().orElse(10)),
                Duration.ofSeconds(c.get("request-timeout-seconds").asInt().orElse(30)),
                c.get("max-bytes").asLong().orElse(10L * 1024 * 1024),
                c.get("window-days").asInt().orElse(180),
                Duration.ofMinutes(c.get("max-backoff-minutes").asInt().orElse(360)),
                c.get("test-admin-token").asString().orElse(""));
    }
}
