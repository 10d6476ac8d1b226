package dk.infoskaerm.server.screens;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Rebuilds the cached feeds when the content version moves or when the earliest feed reaches the instant at
 * which time alone changes it, and announces every changed feed to its subscribers. Runs on the watcher's tick.
 */
public final class FeedRefresher implements Runnable {

    private final FeedCache cache;
    private final LongSupplier version;
    private final Clock clock;
    private long seenVersion = Long.MIN_VALUE;

    /** A refresher of {@code cache} that announces changes on {@code events}. */
    public FeedRefresher(FeedCache cache, FeedEvents events, LongSupplier version, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.version = Objects.requireNonNull(version, "version");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
        cache.onChange((screenId, feed) -> events.publish(screenId, feed.etag()));
    }

    @Override
    public synchronized void run() {
        long v = version.getAsLong();
        Instant now = clock.instant();
        if (v != seenVersion || !now.isBefore(cache.earliestValidUntil())) {
            seenVersion = v;
            cache.refreshAll();
        }
    }
}
