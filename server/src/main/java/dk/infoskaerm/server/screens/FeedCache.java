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
import dk.infoskaerm.server.db.ContentChange;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.items.ItemRepository;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * Feed documents per screen, composed once per change and kept as bytes with their strong ETag, so a request is
 * answered with a lookup and a write. A content change marks only the feeds of the areas it concerns as stale
 * ({@link #markChanged}); {@link #rebuildStale()} composes those again (and those that time alone has changed) and
 * tells the listener of every feed whose ETag moved. Its cost grows with the screens a change concerns.
 */
public final class FeedCache {

    private static final Duration ENDED_GRACE = Duration.ofDays(1);
    /** Above this many stale areas, one query of all items is cheaper than one per area. */
    private static final int AREAS_PER_QUERY = 4;
    /** A rebuild slower than this is logged with where its time went. */
    private static final Duration SLOW_REBUILD = Duration.ofMillis(100);
    private static final Logger LOG = Logger.getLogger(FeedCache.class.getName());

    private final ScreenRepository screens;
    private final AreaRepository areas;
    private final ItemRepository items;
    private final FeedComposer composer;
    private final Clock clock;
    private final ConcurrentMap<String, CachedFeed> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> areaChangedAt = new ConcurrentHashMap<>();
    private volatile long allChangedAt;
    private volatile long knownVersion;
    private volatile BiConsumer<String, CachedFeed> listener = (id, feed) -> { };

    /** A cache composing with {@code composer} from the repositories, up to date with content {@code version}. */
    public FeedCache(ScreenRepository screens, AreaRepository areas, ItemRepository items, FeedComposer composer,
                     long version, Clock clock) {
        this.screens = Objects.requireNonNull(screens, "screens");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.items = Objects.requireNonNull(items, "items");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.knownVersion = version;
        this.allChangedAt = version;
    }

    /** Sets who hears of feeds whose ETag changed. */
    public void onChange(BiConsumer<String, CachedFeed> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The content version this cache knows of. */
    public long knownVersion() {
        return knownVersion;
    }

    /** Marks the feeds that {@code change} concerns as stale: a few map writes, no composing. */
    public synchronized void markChanged(ContentChange change) {
        if (change.allAreas()) {
            allChangedAt = Math.max(allChangedAt, change.version());
        } else {
            for (String area : change.areas()) {
                areaChangedAt.merge(area, change.version(), Math::max);
            }
        }
        knownVersion = Math.max(knownVersion, change.version());
    }

    /** The current feed of {@code screenId}, or empty when there is no such screen. */
    public Optional<CachedFeed> find(String screenId) {
        CachedFeed cached = entries.get(screenId);
        return cached != null && isCurrent(cached, clock.millis()) ? Optional.of(cached) : load(screenId);
    }

    /**
     * The current feed of {@code screenId}, composed now when it is not cached or no longer current; a 404 for the
     * caller when there is no such screen.
     */
    public CachedFeed requireFeed(String screenId) {
        return find(screenId).orElseThrow(() -> ApiException.notFound("screens.notFound", "screenId", screenId));
    }

    private boolean isCurrent(CachedFeed feed, long nowMillis) {
        long built = feed.contentVersion();
        return built >= allChangedAt && built >= areaChangedAt.getOrDefault(feed.areaSlug(), 0L)
                && nowMillis < feed.validUntilMillis();
    }

    private Optional<CachedFeed> load(String screenId) {
        if (!Slugs.isSlug(screenId)) {
            return Optional.empty();
        }
        long version = knownVersion;
        Instant now = clock.instant();
        Optional<Screen> screen = screens.find(screenId);
        if (screen.isEmpty()) {
            entries.remove(screenId);
            return Optional.empty();
        }
        Area area = requireArea(screen.get());
        CachedFeed built = build(screen.get(), area, items.forArea(area.slug(), now.minus(ENDED_GRACE)), version, now);
        Stored stored = store(built);
        if (stored.moved()) {
            listener.accept(screenId, built);
        }
        return Optional.of(stored.kept());
    }

    /** The feed of {@code screenId} as composed at {@code at}, not cached; a 404 when there is no such screen. */
    public Feed composeAt(String screenId, Instant at) {
        Screen screen = (Slugs.isSlug(screenId) ? screens.find(screenId) : Optional.<Screen>empty())
                .orElseThrow(() -> ApiException.notFound("screens.notFound", "screenId", screenId));
        Area area = requireArea(screen);
        return composer.compose(screen, area, items.forArea(area.slug(), at.minus(ENDED_GRACE)), at).feed();
    }

    /**
     * Composes again every cached feed that a change or time has made stale, with one query of items and one of
     * screens per stale area (or one of each for many areas), and tells the listener of those whose ETag changed;
     * screens that were deleted are dropped. The listener hears after all are composed, so the requests it sets off
     * do not slow the composing down. Returns how many feeds were composed.
     */
    public int rebuildStale() {
        long version = knownVersion;
        Instant now = clock.instant();
        long nowMillis = now.toEpochMilli();
        Map<String, List<String>> staleByArea = new HashMap<>();
        entries.forEach((id, feed) -> {
            if (!isCurrent(feed, nowMillis)) {
                staleByArea.computeIfAbsent(feed.areaSlug(), a -> new ArrayList<>()).add(id);
            }
        });
        if (staleByArea.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        Instant since = now.minus(ENDED_GRACE);
        boolean many = staleByArea.size() > AREAS_PER_QUERY;
        Map<String, Screen> screensById = new HashMap<>();
        for (Screen s : many ? screens.list() : staleByArea.keySet().stream().flatMap(a -> screens.inArea(a).stream()).toList()) {
            screensById.put(s.id(), s);
        }
        Map<String, Area> areasBySlug = new HashMap<>();
        for (Area a : areas.list()) {
            areasBySlug.put(a.slug(), a);
        }
        List<Item> all = many ? items.active(since) : null;
        long queried = System.nanoTime();
        Map<String, Composition> byArea = new HashMap<>();
        List<CachedFeed> moved = new ArrayList<>();
        int rebuilt = 0;
        for (List<String> ids : staleByArea.values()) {
            for (String id : ids) {
                Screen screen = screensById.containsKey(id) ? screensById.get(id) : screens.find(id).orElse(null);
                Area area = screen == null ? null : areasBySlug.get(screen.areaSlug());
                if (area == null) {
                    entries.remove(id);
                    continue;
                }
                Composition ofArea = byArea.get(area.slug());
                Composition composition = ofArea != null ? composer.reuse(ofArea, screen) : composer.compose(screen,
                        area, all == null ? items.forArea(area.slug(), since) : all.stream().filter(i -> i.belongsTo(area.slug())).toList(), now);
                byArea.putIfAbsent(area.slug(), composition);
                CachedFeed built = cached(composition, area, version);
                if (store(built).moved()) {
                    moved.add(built);
                }
                rebuilt++;
            }
        }
        long composed = System.nanoTime();
        moved.forEach(feed -> listener.accept(feed.screenId(), feed));
        long took = System.nanoTime() - started;
        if (took > SLOW_REBUILD.toNanos()) {
            int count = rebuilt;
            LOG.info(() -> String.format("Rebuilt %d feeds of %d areas in %d ms (queries %d ms, composing %d ms,"
                    + " announcing %d ms)", count, staleByArea.size(), took / 1_000_000, (queried - started) / 1_000_000,
                    (composed - queried) / 1_000_000, (System.nanoTime() - composed) / 1_000_000));
        }
        return rebuilt;
    }

    /** Keeps {@code feed} unless a newer one is already there. */
    private Stored store(CachedFeed feed) {
        boolean[] moved = new boolean[1];
        CachedFeed kept = entries.compute(feed.screenId(), (id, old) -> {
            if (old != null && old.contentVersion() > feed.contentVersion()) {
                return old;
            }
            moved[0] = old != null && !old.etag().equals(feed.etag());
            return feed;
        });
        return new Stored(kept, kept == feed && moved[0]);
    }

    /** The feed kept by {@link #store}, and whether it replaced one with another ETag. */
    private record Stored(CachedFeed kept, boolean moved) {
    }

    private Area requireArea(Screen screen) {
        return areas.find(screen.areaSlug()).orElseThrow(
                () -> new IllegalStateException("screen " + screen.id() + " has unknown area " + screen.areaSlug()));
    }

    private CachedFeed build(Screen screen, Area area, List<Item> areaItems, long version, Instant now) {
        return cached(composer.compose(screen, area, areaItems, now), area, version);
    }

    private static CachedFeed cached(Composition composition, Area area, long version) {
        byte[] body = Json.writeFeed(composition.feed());
        String etag = etagOf(body);
        return new CachedFeed(composition.feed().screenId(), area.slug(), body, etag,
                HeaderValues.createCached(HeaderNames.ETAG, etag),
                HeaderValues.createCached(HeaderNames.CONTENT_LENGTH, body.length), version, composition.validUntil());
    }

    static String etagOf(byte[] body) {
        return "\"" + Hashes.sha256Hex(body).substring(0, 32) + "\"";
    }

    /**
     * One screen's feed as it goes over the wire.
     *
     * @param screenId the screen
     * @param areaSlug the area the screen was in when the feed was composed
     * @param body the JSON bytes; never modify
     * @param etag the strong ETag, quoted
     * @param etagHeader the ETag as a response header, made once
     * @param contentLengthHeader the Content-Length of a 200 as a response header, made once
     * @param contentVersion the content version it was composed at
     * @param validUntil when time alone makes it stale
     */
    public record CachedFeed(String screenId, String areaSlug, byte[] body, String etag, Header etagHeader,
                             Header contentLengthHeader, long contentVersion, Instant validUntil) {

        long validUntilMillis() {
            long seconds = validUntil.getEpochSecond();
            return seconds >= Long.MAX_VALUE / 1000 - 1 ? Long.MAX_VALUE : seconds * 1000 + validUntil.getNano() / 1_000_000;
        }

        /** Whether an If-None-Match header value names this feed's ETag (weak comparison, as RFC 9110 asks). */
        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
                return false;
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
