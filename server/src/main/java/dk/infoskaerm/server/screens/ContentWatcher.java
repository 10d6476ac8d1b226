package dk.infoskaerm.server.screens;

import dk.infoskaerm.server.db.ContentChange;
import dk.infoskaerm.server.db.Database;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the feed cache up to date: on a short interval it reads the content changes that any instance sharing the
 * database committed, marks the feeds they concern as stale and composes them again, so screens hear of a change
 * without a query per request. A change committed through this instance is composed right away on the watcher's
 * thread (the application marks it stale at the commit, so a request in between composes it itself).
 */
public final class ContentWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class.getName());

    private final Database db;
    private final FeedCache feeds;
    private final Duration interval;
    private final BiConsumer<Duration, Boolean> rebuildTimes;
    private final ScheduledExecutorService timer;
    /** The last version read from the log; local changes may run ahead of it, other instances' never skip it. */
    private long logVersion;

    /**
     * A watcher keeping {@code feeds} up to date with {@code db}; {@code rebuildTimes} hears how long each rebuild
     * took, and whether a content change caused it (else time alone did).
     */
    public ContentWatcher(Database db, FeedCache feeds, Duration interval, BiConsumer<Duration, Boolean> rebuildTimes) {
        this.db = Objects.requireNonNull(db, "db");
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.rebuildTimes = Objects.requireNonNull(rebuildTimes, "rebuildTimes");
        this.logVersion = feeds.knownVersion();
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("content-watcher").factory());
    }

    /** Starts the periodic reads, and listens to the changes committed through this instance. */
    public void start() {
        db.onContentChange(this::rebuildSoon);
        timer.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** A change committed here is already marked (the application listens for that); compose it at once. */
    private void rebuildSoon(ContentChange change) {
        if (!timer.isShutdown()) {
            timer.execute(() -> rebuild(true));
        }
    }

    private void tick() {
        boolean changed = false;
        try {
            Optional<ContentChange> change = db.contentChangesSince(logVersion);
            if (change.isPresent()) {
                changed = true;
                feeds.markChanged(change.get());
                logVersion = change.get().version();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the content changes; will retry on the next tick", e);
        }
        rebuild(changed);
    }

    private void rebuild(boolean byChange) {
        try {
            long start = System.nanoTime();
            if (feeds.rebuildStale() > 0) {
                rebuildTimes.accept(Duration.ofNanos(System.nanoTime() - start), byChange);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rebuilding feeds failed; will retry on the next tick", e);
        }
    }
}
