package dk.infoskaerm.server.screens;

import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.items.ContentVersion;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the content version in memory, re-read from the database on a short interval, so that a change made by
 * any server instance sharing the database reaches this one's caches without a query per request. After each
 * read it runs the tick task (which refreshes feeds and tells screens), on its own thread.
 */
public final class ContentWatcher implements LongSupplier, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class.getName());

    private final Database db;
    private final Duration interval;
    private final AtomicLong version;
    private final ScheduledExecutorService timer;
    private volatile Runnable onTick = () -> { };

    /** A watcher of {@code db}, reading every {@code interval} once started. */
    public ContentWatcher(Database db, Duration interval) {
        this.db = Objects.requireNonNull(db, "db");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.version = new AtomicLong(ContentVersion.read(db));
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("content-watcher").factory());
    }

    /** Starts the periodic reads; {@code task} runs after each. */
    public void start(Runnable task) {
        this.onTick = Objects.requireNonNull(task, "task");
        timer.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the version now, on the caller's thread; call after a local write so this instance sees it at once. */
    public void refresh() {
        try {
            version.set(ContentVersion.read(db));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the content version; keeping " + version.get(), e);
        }
    }

    /** Runs a tick soon on the watcher's thread, without waiting for the interval. */
    public void poke() {
        if (!timer.isShutdown()) {
            timer.execute(this::tick);
        }
    }

    @Override
    public long getAsLong() {
        return version.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void tick() {
        refresh();
        try {
            onTick.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing feeds failed; will retry on the next tick", e);
        }
    }
}
