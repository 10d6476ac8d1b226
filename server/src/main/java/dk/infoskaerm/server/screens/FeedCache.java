package dk.infoskaerm.server.screens;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Hashes;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.Screen;
import dk.infoskaerm.content.Slugs;
import dk.infoskaerm.content.feed.Composition;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.FeedComposer;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.http.ApiException;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import dk.infoskaerm.server.items.ItemRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Feed documents per screen, composed once per change and kept as bytes with their strong ETag, so a request is
 * answered with a lookup and a write. {@link #refreshAll()} rebuilds every cached feed (one query for all items)
 * and tells the listener which feeds changed; it runs when content changes and when time alone changes a feed.
 */
public final class FeedCache {

    private static final Duration ENDED_GRACE = Duration.ofDays(1);

    private final ScreenRepository screens;
    private final AreaRepository areas;
    private final ItemRepository items;
    private final FeedComposer composer;
    private final LongSupplier contentVersion;
    private final Clock clock;
    private final ConcurrentMap<String, CachedFeed> entries = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, CachedFeed> listener = (id, feed) -> { };

    /** A cache composing with {@code composer} from the repositories; {@code contentVersion} tells of changes. */
    public FeedCache(ScreenRepository screens, AreaRepository areas, ItemRepository items, FeedComposer composer,
                     LongSupplier contentVersion, Clock clock) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.items = Objects.requireNonNull(items, "items");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.contentVersion = Objects.requireNonNull(contentVersion, "contentVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sets who hears of feeds whose ETag changed during {@link #refreshAll()}. */
    public void onChange(BiConsumer<String, CachedFeed> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The current feed of {@code screenId}, or empty when there is no such screen. */
    public Optional<CachedFeed> find(String screenId) {
        CachedFeed cached = currentOrNull(screenId);
        return cached != null ? Optional.of(cached) : load(screenId);
    }

    /**
     * The current feed of {@code screenId}, composed now when it is not cached or no longer current; a 404 for the
     * caller when there is no such screen.
     */
    public CachedFeed requireFeed(String screenId) {
        CachedFeed cached = currentOrNull(screenId);
        if (cached != null) {
            return cached;
        }
        return load(screenId).orElseThrow(() -> ApiException.notFound("Skærmen '" + screenId + "' findes ikke.", "screenId"));
    }

    /**
     * The feed of {@code screenId} when it is cached and current, else null (no Optional on the hot path of every
     * feed request): a map lookup and two comparisons. {@link #requireFeed(String)} does the rest.
     */
    public CachedFeed currentOrNull(String screenId) {
        CachedFeed cached = entries.get(screenId);
        return cached != null && cached.isCurrent(contentVersion.getAsLong(), clock.millis()) ? cached : null;
    }

    private Optional<CachedFeed> load(String screenId) {
        if (!Slugs.isSlug(screenId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        long version = contentVersion.getAsLong();
        Optional<Screen> screen = screens.find(screenId);
        if (screen.isEmpty()) {
            entries.remove(screenId);
            return Optional.empty();
        }
        Area area = requireArea(screen.get());
        return Optional.of(entries.compute(screenId, (id, old) -> old != null && old.isCurrent(version, now.toEpochMilli()) ? old
                : build(screen.get(), area, items.forArea(area.slug(), now.minus(ENDED_GRACE)), version, now)));
    }

    /** The feed of {@code screenId} as composed at {@code at}, not cached; a 404 when there is no such screen. */
    public Feed composeAt(String screenId, Instant at) {
        Screen screen = (Slugs.isSlug(screenId) ? screens.find(screenId) : Optional.<Screen>empty())
                .orElseThrow(() -> ApiException.notFound("Skærmen '" + screenId + "' findes ikke.", "screenId"));
        Area area = requireArea(screen);
        return composer.compose(screen, area, items.forArea(area.slug(), at.minus(ENDED_GRACE)), at).feed();
    }

    /**
     * Rebuilds every cached feed from the database (one query for all items) and tells the listener of those whose
     * ETag changed; screens that were deleted are dropped.
     */
    public void refreshAll() {
        Instant now = clock.instant();
        long version = contentVersion.getAsLong();
        Map<String, Screen> current = new HashMap<>();
        for (Screen s : screens.list()) {
            current.put(s.id(), s);
        }
        Map<String, Area> areasBySlug = new HashMap<>();
        for (Area a : areas.list()) {
            areasBySlug.put(a.slug(), a);
        }
        List<Item> active = items.active(now.minus(ENDED_GRACE));
        Map<String, List<Item>> itemsByArea = new HashMap<>();
        for (String id : List.copyOf(entries.keySet())) {
            Screen screen = current.get(id);
            Area area = screen == null ? null : areasBySlug.get(screen.areaSlug());
            if (area == null) {
                entries.remove(id);
                continue;
            }
            List<Item> areaItems = itemsByArea.computeIfAbsent(area.slug(),
                    slug -> active.stream().filter(i -> i.belongsTo(slug)).toList());
            CachedFeed rebuilt = build(screen, area, areaItems, version, now);
            CachedFeed old = entries.put(id, rebuilt);
            if (old == null || !old.etag().equals(rebuilt.etag())) {
                listener.accept(id, rebuilt);
            }
        }
    }

    /** The earliest instant at which time alone changes one of the cached feeds. */
    public Instant earliestValidUntil() {
        Instant earliest = Instant.MAX;
        for (CachedFeed feed : entries.values()) {
            if (feed.validUntil().isBefore(earliest)) {
                earliest = feed.validUntil();
            }
        }
        return earliest;
    }

    private Area requireArea(Screen screen) {
        return areas.find(screen.areaSlug()).orElseThrow(
                () -> new IllegalStateException("screen " + screen.id() + " has unknown area " + screen.areaSlug()));
    }

    private CachedFeed build(Screen screen, Area area, List<Item> areaItems, long version, Instant now) {
        Composition composition = composer.compose(screen, area, areaItems, now);
        byte[] body = Json.writeFeed(composition.feed());
        String etag = etagOf(body);
        return new CachedFeed(body, etag, HeaderValues.createCached(HeaderNames.ETAG, etag),
                HeaderValues.createCached(HeaderNames.CONTENT_LENGTH, body.length), version, composition.validUntil());
    }

    static String etagOf(byte[] body) {
        return "\"" + Hashes.sha256Hex(body).substring(0, 32) + "\"";
    }

    /**
     * One screen's feed as it goes over the wire.
     *
     * @param body the JSON bytes; never modify
     * @param etag the strong ETag, quoted
     * @param etagHeader the ETag as a response header, made once
     * @param contentLengthHeader the Content-Length of a 200 as a response header, made once
     * @param contentVersion the content version it was built from
     * @param validUntil when time alone makes it stale
     */
    public record CachedFeed(byte[] body, String etag, Header etagHeader, Header contentLengthHeader,
                             long contentVersion, Instant validUntil) {

        boolean isCurrent(long version, long nowMillis) {
            return contentVersion == version && nowMillis < validUntilMillis();
        }

        private long validUntilMillis() {
            long seconds = validUntil.getEpochSecond();
            return seconds >= Long.MAX_VALUE / 1000 - 1 ? Long.MAX_VALUE : seconds * 1000 + validUntil.getNano() / 1_000_000;
        }

        /** Whether an If-None-Match header value names this feed's ETag (weak comparison, as RFC 9110 asks). */
        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
                return false;
            }
            if (ifNoneMatch.equals(etag)) {
                return true;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
    }
}
