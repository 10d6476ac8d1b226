package dk.infoskaerm.client.feed;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Polls the server for the feed, keeps good feeds in the cache and in {@link CurrentFeed}, and backs off on errors.
 * On failure the screen keeps what it has; problems are reported once, not on every retry.
 */
public final class FeedPoller implements Runnable {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final FeedClient client;
    private final FeedCache cache;
    private final CurrentFeed current;
    private final Backoff backoff;
    private final PrintStream log;
    private String etag;
    private int failures;
    private String lastProblem;

    /** Polls with {@code client} every {@code interval}, starting from the ETag of the cached feed (may be null). */
    public FeedPoller(FeedClient client, FeedCache cache, CurrentFeed current, String etag, Duration interval,
                      PrintStream log) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.current = Objects.requireNonNull(current, "current");
        this.log = Objects.requireNonNull(log, "log");
        this.etag = etag;
        this.backoff = new Backoff(interval, MAX_BACKOFF.compareTo(interval) < 0 ? interval : MAX_BACKOFF,
                ThreadLocalRandom.current());
    }

    /** Polls until interrupted. */
    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(pollOnce());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One poll; returns how long to wait before the next. */
    Duration pollOnce() throws InterruptedException {
        try {
            if (client.fetch(etag) instanceof FetchResult.Modified modified) {
                current.set(modified.feed());
                etag = modified.etag();
                try {
                    cache.save(modified.body(), modified.etag());
                } catch (IOException e) {
                    report("cannot write the cache in " + cache.dir() + ": " + e.getMessage());
                }
            }
            if (failures > 0 || lastProblem != null) {
                log.println("feed: " + client.feedUri() + " answers again");
            }
            failures = 0;
            lastProblem = null;
            return backoff.delayAfter(0);
        } catch (FeedFetchException e) {
            failures++;
            Duration delay = backoff.delayAfter(failures);
            report(e.getMessage() + "; showing the last good feed, retrying in " + delay.toSeconds() + " s");
            return delay;
        }
    }

    private void report(String problem) {
        String key = problem.replaceAll("retrying in \\d+ s", "");
        if (!key.equals(lastProblem)) {
            log.println("feed: " + problem);
            lastProblem = key;
        }
    }
}
