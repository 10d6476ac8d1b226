package dk.infoskaerm.server.sources;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.importers.ImportRequest;
import dk.infoskaerm.content.importers.ImportResult;
import dk.infoskaerm.content.importers.Importers;
import dk.infoskaerm.content.importers.Selectors;
import dk.infoskaerm.content.importers.SourceException;
import dk.infoskaerm.content.importers.SourceFetcher;
import dk.infoskaerm.content.importers.SourceFormat;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports one source: a conditional GET, the importers, and the source's items replaced in one transaction. A
 * failure keeps the last good items and is recorded in the source's health. One import per source at a time.
 */
final class SourceImporter {

    private static final Logger LOG = Logger.getLogger(SourceImporter.class.getName());

    private final SourceRepository sources;
    private final SourceFetcher fetcher;
    private final SourceSettings settings;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    SourceImporter(SourceRepository sources, SourceFetcher fetcher, SourceSettings settings, Clock clock) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether source {@code id} is being imported by this instance right now. */
    boolean isRunning(String id) {
        return running.contains(id);
    }

    /** Imports the source with {@code id} unless it is already running here; false when it was. */
    boolean importIfIdle(String id) {
        if (!running.add(id)) {
            return false;
        }
        try {
            sources.find(id).ifPresent(this::importSource);
            return true;
        } finally {
            running.remove(id);
        }
    }

    private void importSource(StoredSource stored) {
        Source source = stored.source();
        Instant now = clock.instant();
        try {
            SourceFetcher.Fetched fetched = fetcher.fetch(URI.create(source.url()), stored.etag(), stored.lastModified());
            Instant next = now.plus(Duration.ofMinutes(source.pollMinutes()));
            if (fetched.notModified()) {
                sources.recordNotModified(source.id(), now, next, fetched.etag(), fetched.lastModified());
                return;
            }
            ImportResult result = parse(fetched, source.format(), request(source, now));
            int count = sources.replaceItems(source.id(), result.screenItems(), result.problems(), fetched.etag(),
                    fetched.lastModified(), now, next);
            LOG.fine(() -> "source " + source.id() + ": " + count + " items, " + result.problems().size() + " problems");
        } catch (SourceException e) {
            fail(stored, now, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import of source " + source.id() + " failed unexpectedly", e);
            fail(stored, now, source.url() + ": " + e);
        }
    }

    private void fail(StoredSource stored, Instant now, String reason) {
        int failures = stored.health().consecutiveFailures() + 1;
        Instant next = now.plus(backoff(stored.source().pollMinutes(), failures, settings.maxBackoff()));
        LOG.info(() -> "source " + stored.source().id() + " failed (" + failures + " in a row): " + reason);
        sources.recordFailure(stored.source().id(), now, reason, failures, next);
    }

    /** The request for importing {@code source} at {@code now}: from a day back to the configured window ahead. */
    ImportRequest request(Source source, Instant now) {
        return request(source.id(), source.kind(), source.areas(), source.selectors(), now);
    }

    /** A request for source {@code id}; {@code kind} null means the format's default. */
    ImportRequest request(String id, ItemKind kind, Set<String> areas, Selectors selectors, Instant now) {
        return new ImportRequest(id, kind, areas, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(settings.windowDays())), selectors);
    }

    /** Parses a fetched body in the source's {@code format}; {@code auto} detects it from the body and type. */
    static ImportResult parse(SourceFetcher.Fetched fetched, String format, ImportRequest request)
            throws SourceException {
        if (format.equals("auto")) {
            return Importers.parse(fetched.body(), fetched.contentType(), fetched.uri(), request);
        }
        return Importers.parse(fetched.body(), SourceFormat.valueOf(format.toUpperCase(Locale.ROOT)),
                fetched.contentType(), fetched.uri(), request);
    }

    /** The wait after {@code failures} failures in a row: the interval, doubled per further failure, capped. */
    static Duration backoff(int pollMinutes, int failures, Duration maxBackoff) {
        Duration interval = Duration.ofMinutes(pollMinutes);
        Duration cap = interval.compareTo(maxBackoff) > 0 ? interval : maxBackoff;
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration wait = interval.multipliedBy(1L << doublings);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
