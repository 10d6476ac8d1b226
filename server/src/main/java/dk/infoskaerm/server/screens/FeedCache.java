package dk.infoskaerm.server.screens;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Screen;
import dk.infoskaerm.content.feed.Composition;
import dk.infoskaerm.content.feed.FeedComposer;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.items.ItemRepository;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Feed documents per screen, composed once per change and kept as bytes with their strong ETag, so a request is
 * answered with a lookup and a write. An entry is rebuilt when the content version moves or when time alone
 * changes what the screen shows.
 */
public final class FeedCache {

    private final ScreenRepository screens;
    private final AreaRepository areas;
    private final ItemRepository items;
    private final FeedComposer composer;
    private final LongSupplier contentVersion;
    private final Clock clock;
    private final ConcurrentMap<String, CachedFeed> entries = new ConcurrentHashMap<>();

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

    /** The current feed of {@code screenId}, or empty when there is no such screen. */
    public Optional<CachedFeed> find(String screenId) {
        Instant now = clock.instant();
        long version = contentVersion.getAsLong();
        CachedFeed cached = entries.get(screenId);
        if (cached != null && cached.isCurrent(version, now)) {
            return Optional.of(cached);
        }
        Optional<Screen> screen = screens.find(screenId);
        if (screen.isEmpty()) {
            entries.remove(screenId);
            return Optional.empty();
        }
        CachedFeed built = entries.compute(screenId, (id, old) ->
                old != null && old.isCurrent(version, now) ? old : build(screen.get(), version, now));
        return Optional.of(built);
    }

    /** Forgets every entry; the next request rebuilds. */
    public void invalidateAll() {
        entries.clear();
    }

    private CachedFeed build(Screen screen, long version, Instant now) {
        Area area = areas.find(screen.areaSlug())
                .orElseThrow(() -> new IllegalStateException("screen " + screen.id() + " has unknown area " + screen.areaSlug()));
        Composition composition = composer.compose(screen, area,
                items.forArea(area.slug(), now.minus(Duration.ofDays(1))), now);
        byte[] body = Json.writeFeed(composition.feed());
        return new CachedFeed(body, etagOf(body), version, composition.validUntil());
    }

    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * One screen's feed as it goes over the wire.
     *
     * @param body the JSON bytes; never modify
     * @param etag the strong ETag, quoted
     * @param contentVersion the content version it was built from
     * @param validUntil when time alone makes it stale
     */
    public record CachedFeed(byte[] body, String etag, long contentVersion, Instant validUntil) {

        boolean isCurrent(long version, Instant now) {
            return contentVersion == version && now.isBefore(validUntil);
        }

        /** Whether an If-None-Match header value names this feed's ETag (weak comparison, as RFC 9110 asks). */
        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
                return false;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*")) {
                    return true;
                }
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
    }
}
