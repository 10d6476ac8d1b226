package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Polls the server for the feed, keeps good feeds in the cache and in {@link CurrentFeed}, and backs off on errors.
 * On failure the screen keeps what it has; problems are reported once, not on every retry. {@link #wake} asks for a
 * fetch now, e.g. when the server announced a change over Server-Sent Events.
 */
public final class FeedPoller implements Runnable {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    /** How long a new feed waits for its pictures at most before it is shown. */
    static final Duration PICTURE_WAIT = Duration.ofSeconds(5);

    private final FeedCache cache;
    private final CurrentFeed current;
    private final PrintStream log;
    private final Semaphore wakeups = new Semaphore(0);
    private final Clock clock;
    private volatile FeedClient client;
    private volatile Backoff backoff;
    private volatile String etag;
    private int failures;
    private String lastProblem;
    private Set<String> pictureProblems = Set.of();
    private SortedSet<String> unknownKinds = new TreeSet<>();

    /** Polls with {@code client} every {@code interval}, starting from the ETag of the cached feed (may be null). */
    public FeedPoller(FeedClient client, FeedCache cache, CurrentFeed current, String etag, Duration interval,
                      PrintStream log) {
        this(client, cache, current, etag, interval, Clock.systemUTC(), log);
    }

    /** As the other constructor, reading the time from {@code clock}. */
    public FeedPoller(FeedClient client, FeedCache cache, CurrentFeed current, String etag, Duration interval,
                      Clock clock, PrintStream log) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.current = Objects.requireNonNull(current, "current");
        this.log = Objects.requireNonNull(log, "log");
        this.etag = etag;
        reconfigure(client, interval);
    }

    /** Uses {@code nextClient} and {@code interval} from the next poll on (after a settings reload). */
    public void reconfigure(FeedClient nextClient, Duration interval) {
        if (client != null && !client.feedUri().equals(nextClient.feedUri())) {
            etag = null;
        }
        this.client = Objects.requireNonNull(nextClient, "nextClient");
        this.backoff = new Backoff(interval, MAX_BACKOFF.compareTo(interval) < 0 ? interval : MAX_BACKOFF,
                ThreadLocalRandom.current());
    }

    /** The ETag of the feed held, or null. */
    public String etag() {
        return etag;
    }

    /** Ends the current wait: the next poll happens now. */
    public void wake() {
        wakeups.release();
    }

    /** Polls until interrupted. */
    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Duration delay = pollOnce();
                // a wake-up that came during the poll is kept: the change may have come after the answer
                if (wakeups.tryAcquire(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeups.drainPermits();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The longest wait between two polls while the server cannot be reached. */
    public static Duration maxBackoff() {
        return MAX_BACKOFF;
    }

    /** One poll; returns how long to wait before the next. */
    public Duration pollOnce() throws InterruptedException {
        FeedClient client = this.client;
        try {
            FetchResult result = client.fetch(etag);
            Feed held = current.find().orElse(null);
            if (result instanceof FetchResult.Modified modified) {
                // The pictures first, so the feed on disk names pictures that are there, but for at most
                // PICTURE_WAIT; an urgent message does not wait at all. A picture still missing comes with a later
                // poll, and its slide is shown without it meanwhile.
                boolean urgent = modified.feed().slides().stream().anyMatch(s -> s.kind().takesOver());
                if (!urgent) {
                    fetchPictures(modified.feed(), client, clock.instant().plus(PICTURE_WAIT));
                }
                current.set(modified.feed(), modified.etag(), clock.instant());
                if (urgent) {
                    fetchPictures(modified.feed(), client, null);
                }
                etag = modified.etag();
                reportSkipped(modified.skippedKinds());
                try {
                    cache.save(modified.body(), modified.etag());
                } catch (IOException e) {
                    report("cannot write the cache in " + cache.dir() + ": " + e.getMessage());
                }
                cache.pictures().keepOnly(List.of(modified.feed(), held == null ? modified.feed() : held));
            } else if (held != null) {
                fetchPictures(held, client, null);
            }
            if (failures > 0 || lastProblem != null) {
                log.println("feed: " + client.feedUri() + " answers again");
            }
            failures = 0;
            lastProblem = null;
            current.setNotice(TechnicianNotice.Source.FEED, null);
            return backoff.delayAfter(0);
        } catch (FeedFetchException e) {
            failures++;
            // a 404 is no outage: the screen's id is unknown there, which a technician has to put right; nor is an
            // unreachable server with nothing cached to show meanwhile
            current.setNotice(TechnicianNotice.Source.FEED,
                    e.status() == 404 ? Notices.unknownScreen(client.screenId(), client.serverUrl())
                    : current.find().isEmpty() ? Notices.unreachable(client.screenId(), client.serverUrl()) : null);
            Duration delay = backoff.delayAfter(failures);
            report(e.getMessage() + "; showing the last good feed, retrying in " + delay.toSeconds() + " s");
            return delay;
        }
    }

    /** Fetches the pictures {@code feed} names and does not have; each problem is logged once while it lasts. */
    private void fetchPictures(Feed feed, FeedClient client, Instant deadline) throws InterruptedException {
        List<String> problems = cache.pictures().fetchMissing(feed,
                reference -> client.download(reference, PictureCache.MAX_BYTES), deadline);
        for (String problem : problems) {
            if (!pictureProblems.contains(problem)) {
                log.println("feed: " + problem + "; the slide is shown without it until it can be fetched");
            }
        }
        pictureProblems = Set.copyOf(problems);
    }

    /** Logs the slides a newer server sent of kinds this client does not know, once while the kinds stay the same. */
    private void reportSkipped(List<String> skippedKinds) {
        SortedSet<String> kinds = new TreeSet<>(skippedKinds);
        if (!kinds.isEmpty() && !kinds.equals(unknownKinds)) {
            log.println("feed: skipped " + skippedKinds.size() + " slide(s) of kinds this client does not know ("
                    + String.join(", ", kinds) + "); showing the others");
        }
        unknownKinds = kinds;
    }

    private void report(String problem) {
        String key = problem.replaceAll("retrying in \\d+ s", "");
        if (!key.equals(lastProblem)) {
            log.println("feed: " + problem);
            lastProblem = key;
        }
    }
}
