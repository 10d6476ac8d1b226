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
 * Keeps the content version in memory, refreshed from the database on a short interval, so that a change made
 * by any server instance sharing the database reaches this one's caches without a query per request.
 */
public final class ContentWatcher implements LongSupplier, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class.getName());

    private final Database db;
    private final AtomicLong version;
    private final ScheduledExecutorService timer;

    /** Starts watching {@code db} every {@code interval}. */
    public ContentWatcher(Database db, Duration interval) {
        this.db = Objects.requireNonNull(db, "db");
        this.version = new AtomicLong(ContentVersion.read(db));
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("content-watcher").factory());
        timer.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the version now; call after a local write so this instance sees it at once. */
    public void refresh() {
        try {
            version.set(ContentVersion.read(db));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the content version; keeping " + version.get(), e);
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
}
