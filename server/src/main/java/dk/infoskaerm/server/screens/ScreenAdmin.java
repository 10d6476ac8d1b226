package dk.infoskaerm.server.screens;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.Orientation;
import dk.infoskaerm.content.Screen;
import dk.infoskaerm.content.Slugs;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import io.helidon.http.Status;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What administrators do with screens: list them with their health, add, edit, remove, rotate device tokens. */
public final class ScreenAdmin {

    private final Database db;
    private final ScreenRepository screens;
    private final ScreenStatusRepository statuses;
    private final AreaRepository areas;
    private final FeedCache feeds;
    private final Clock clock;

    /** Screen administration over the given parts. */
    public ScreenAdmin(Database db, ScreenRepository screens, ScreenStatusRepository statuses, AreaRepository areas,
                       FeedCache feeds, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.screens = Objects.requireNonNull(screens, "screens");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every screen with its health. */
    public List<ScreenView> list() {
        Map<String, Area> areasBySlug = areas.list().stream().collect(Collectors.toMap(Area::slug, Function.identity()));
        return screens.list().stream().map(s -> view(s, areasBySlug.get(s.areaSlug()))).toList();
    }

    /** One screen with its health; 404 when unknown. */
    public ScreenView require(String id) {
        Screen screen = requireScreen(id);
        return view(screen, areas.find(screen.areaSlug()).orElse(null));
    }

    /** The latest screenshot, a PNG; 404 when there is none. */
    public byte[] screenshot(String id) {
        requireScreen(id);
        return statuses.screenshot(id).orElseThrow(() -> ApiException.notFound(
                "screens.noScreenshot", "id", id));
    }

    /** Adds a screen; returns it and its new device token, which is shown only this once. */
    public Created create(Caller by, ScreenInput input) {
        Screen screen = validate(input.id(), input);
        String token = DeviceTokens.newToken();
        db.inContentTransaction(c -> {
            // on the transaction's own connection: a second one from the pool could wait for ever under load
            if (ScreenRepository.exists(c, screen.id())) {
                throw new ApiException(Status.CONFLICT_409, "screens.exists", "id", screen.id());
            }
            ScreenRepository.insert(c, screen);
            ScreenRepository.setTokenHash(c, screen.id(), DeviceTokens.hash(token));
            AuditLog.record(c, by.id(), by.name(), "create", "screen", screen.id(), screen.name());
            return null;
        });
        return new Created(require(screen.id()), token);
    }

    /** Changes a screen's name, area, place, orientation, size or opening hours. */
    public ScreenView update(Caller by, String id, ScreenInput input) {
        requireScreen(id);
        Screen screen = validate(id, input);
        db.inContentTransaction(c -> {
            ScreenRepository.update(c, screen);
            AuditLog.record(c, by.id(), by.name(), "update", "screen", id, screen.name());
            return null;
        });
        return require(id);
    }

    /** Removes a screen; its device token stops working at once. */
    public void delete(Caller by, String id) {
        Screen screen = requireScreen(id);
        db.inContentTransaction(c -> {
            ScreenRepository.delete(c, id);
            AuditLog.record(c, by.id(), by.name(), "delete", "screen", id, screen.name());
            return null;
        });
    }

    /** Gives the screen a new device token; the old one stops working at once. */
    public String rotateToken(Caller by, String id) {
        requireScreen(id);
        String token = DeviceTokens.newToken();
        db.inTransaction(c -> {
            ScreenRepository.setTokenHash(c, id, DeviceTokens.hash(token));
            AuditLog.record(c, by.id(), by.name(), "rotate-token", "screen", id, "");
            return null;
        });
        return token;
    }

    private Screen requireScreen(String id) {
        return (Slugs.isSlug(id) ? screens.find(id) : java.util.Optional.<Screen>empty())
                .orElseThrow(() -> ApiException.notFound("screens.notFound", "id", id));
    }

    private Screen validate(String id, ScreenInput in) {
        if (!Slugs.isSlug(id)) {
            throw ApiException.invalid("screens.id", "id");
        }
        String name = PlainText.field(in.name(), "name", 100, true);
        String location = PlainText.field(in.location(), "location", 300, false);
        String areaSlug = in.areaSlug() == null ? "" : in.areaSlug();
        if (!Slugs.isSlug(areaSlug) || areas.find(areaSlug).isEmpty()) {
            throw ApiException.invalid("screens.area", "areaSlug");
        }
        Orientation orientation;
        try {
            orientation = Orientation.valueOf((in.orientation() == null ? "landscape" : in.orientation()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("screens.orientation", "orientation");
        }
        int width = size(in.width(), orientation == Orientation.LANDSCAPE ? 1920 : 1080, "width");
        int height = size(in.height(), orientation == Orientation.LANDSCAPE ? 1080 : 1920, "height");
        return new Screen(id, name, areaSlug, location, orientation, width, height, in.openingHours());
    }

    private static int size(Integer value, int fallback, String field) {
        int v = value == null ? fallback : value;
        if (v < 64 || v > 16384) {
            throw ApiException.invalid("screens.size", field);
        }
        return v;
    }

    private ScreenView view(Screen s, Area area) {
        Instant now = clock.instant();
        var status = statuses.find(s.id());
        Instant lastSeen = status.map(ScreenStatusRepository.Status::lastSeen).orElse(null);
        String showing = status.map(st -> st.heartbeat().showing()).orElse(null);
        return new ScreenView(s.id(), s.name(), s.areaSlug(), area == null ? null : area.name(), s.location(),
                s.orientation().name().toLowerCase(Locale.ROOT), s.width(), s.height(),
                s.openingHours().periods().isEmpty() ? null : s.openingHours(), lastSeen,
                ScreenStatus.of(lastSeen, now).name().toLowerCase(Locale.ROOT),
                status.map(st -> st.heartbeat().clientVersion()).orElse(null), showing, titleOf(s.id(), showing),
                status.map(st -> st.heartbeat().uptimeSeconds()).orElse(null),
                status.map(ScreenStatusRepository.Status::screenshotAt).orElse(null));
    }

    private String titleOf(String screenId, String slideId) {
        if (slideId == null) {
            return null;
        }
        try {
            Feed feed = Json.readFeed(feeds.requireFeed(screenId).body());
            return feed.slides().stream().filter(sl -> sl.id().equals(slideId)).map(FrameRenderer::titleShown).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A screen as administrators see it.
     *
     * @param id the screen's id
     * @param name its name
     * @param areaSlug its area
     * @param areaName the area's name
     * @param location where it stands
     * @param orientation landscape or portrait
     * @param width pixels across
     * @param height pixels down
     * @param openingHours when it shows content, or null for always
     * @param lastSeen its last heartbeat, or null
     * @param status online, stale, offline or never
     * @param clientVersion the display program's version, from its last heartbeat
     * @param showing the slide id (or idle, dark) it last reported
     * @param showingTitle that slide's title, while it is in the feed
     * @param uptimeSeconds how long its program had run
     * @param screenshotAt when the latest screenshot arrived
     */
    public record ScreenView(String id, String name, String areaSlug, String areaName, String location,
                             String orientation, int width, int height, OpeningHours openingHours, Instant lastSeen,
                             String status, String clientVersion, String showing, String showingTitle,
                             Long uptimeSeconds, Instant screenshotAt) {
    }

    /**
     * A new screen and its device token (shown once).
     *
     * @param screen the screen
     * @param deviceToken its token, for the client's {@code device.token}
     */
    public record Created(ScreenView screen, String deviceToken) {
    }

    /**
     * What an administrator sends to add or change a screen.
     *
     * @param id the id (only when adding)
     * @param name its name
     * @param areaSlug its area
     * @param location where it stands
     * @param orientation landscape or portrait
     * @param width pixels across
     * @param height pixels down
     * @param openingHours when it shows content, or null for always
     */
    public record ScreenInput(String id, String name, String areaSlug, String location, String orientation,
                              Integer width, Integer height, OpeningHours openingHours) {
    }
}
