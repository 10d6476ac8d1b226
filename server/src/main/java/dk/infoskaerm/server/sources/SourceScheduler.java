package dk.infoskaerm.server.sources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls each enabled source when it is due, each import on its own virtual thread, so a slow or failing source
 * never delays the others. Instances sharing a database claim a due source by moving its {@code next_poll} with a
 * conditional UPDATE, so only one of them imports it.
 */
public final class SourceScheduler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SourceScheduler.class.getName());
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final SourceRepository sources;
    private final SourceImporter importer;
    private final Duration tick;
    private final Duration lease;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();

    SourceScheduler(SourceRepository sources, SourceImporter importer, SourceSettings settings, Clock clock) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.tick = settings.tick();
        // Long enough for a fetch (headers, then body) and the write; if this instance dies, another retries after it.
        this.lease = settings.connectTimeout().plus(settings.requestTimeout().multipliedBy(2)).plusMinutes(1);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("source-scheduler").factory());
    }

    /** Starts polling; the first look for due sources is at once. */
    public void start() {
        timer.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            for (Map.Entry<String, Instant> due : sources.due(now).entrySet()) {
                String id = due.getKey();
                if (!importer.isRunning(id) && sources.claim(id, due.getValue(), now.plus(lease))) {
                    startWorker(id);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot look for due sources; trying again in " + tick.toSeconds() + " s", e);
        }
    }

    private void startWorker(String id) {
        Thread worker = Thread.ofVirtual().name("source-" + id).unstarted(() -> {
            try {
                importer.importIfIdle(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import of source " + id + " failed", e);
            } finally {
                workers.remove(Thread.currentThread());
            }
        });
        workers.add(worker);
        worker.start();
    }

    /** Stops polling and interrupts imports under way, waiting a little for them to end. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            for (Thread worker : Set.copyOf(workers)) {
                worker.interrupt();
            }
            for (Thread worker : Set.copyOf(workers)) {
                worker.join(CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
