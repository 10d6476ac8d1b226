package dk.infoskaerm.client.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Delays between failed polls: doubling from the poll interval, capped, with jitter so that many screens losing the
 * same server do not come back in step.
 */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got base " + base + ", cap " + cap);
        }
    }

    /** The delay after {@code failures} failures in a row (0: the normal interval, no jitter). */
    Duration delayAfter(int failures) {
        if (failures <= 0) {
            return base;
        }
        long ceiling = base.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(ceiling, cap.toMillis());
        // "equal jitter": between half and all of the capped delay
        return Duration.ofMillis(capped / 2 + random.nextLong(capped / 2 + 1));
    }
}
