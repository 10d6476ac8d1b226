package dk.infoskaerm.client;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs {@code speed} times as fast as the system's, from now on: for benchmarks that simulate hours of a
 * screen in minutes (system property {@value Main#CLOCK_SPEED}); never set on a screen.
 */
final class FastClock extends Clock {

    private final Instant start = Instant.now();
    private final long startNanos = System.nanoTime();
    private final long speed;

    FastClock(long speed) {
        this.speed = speed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return start.plusNanos((System.nanoTime() - startNanos) * speed);
    }
}
