package dk.infoskaerm.server.areas;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.Slugs;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.items.ItemRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an area shows the public, for its feeds out and its page: events and meetings ahead, news and posts. */
public final class AreaContent {

    private final AreaRepository areas;
    private final ItemRepository items;
    private final Clock clock;

    /** The content of {@code areas} from {@code items}, at the time of {@code clock}. */
    public AreaContent(AreaRepository areas, ItemRepository items, Clock clock) {
        this.areas = Objects.requireNonNull(areas, "areas");
        this.items = Objects.requireNonNull(items, "items");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The area named by {@code slug}, if it exists. */
    public Optional<Area> find(String slug) {
        return Slugs.isSlug(slug) ? areas.find(slug) : Optional.empty();
    }

    /** The area named by {@code slug}; 404 when there is none. */
    public Area require(String slug) {
        return find(slug).orElseThrow(() -> ApiException.notFound("area.notFoundQuoted", "slug", slug));
    }

    /** Now, by the clock the screens' content is chosen by. */
    public Instant now() {
        return clock.instant();
    }

    /** Events and dialogue meetings not over yet, soonest first. */
    public List<Item> eventsAhead(Area area) {
        return items.forArea(area.slug(), now()).stream()
                .filter(i -> i.kind().feedOut() == ItemKind.FeedOut.CALENDAR && i.start() != null)
                .sorted(Comparator.comparing(Item::start)).toList();
    }

    /** News and announcements published by now, newest first, at most {@code max}. */
    public List<Item> news(Area area, int max) {
        Instant now = now();
        return items.forArea(area.slug(), now.minus(Duration.ofDays(1))).stream()
                .filter(i -> i.kind().feedOut() == ItemKind.FeedOut.NEWS)
                .filter(i -> published(i) != null && !published(i).isAfter(now))
                .sorted(Comparator.comparing(AreaContent::published).reversed())
                .limit(max).toList();
    }

    /** When a news item or post came out. */
    public static Instant published(Item item) {
        return item.published() != null ? item.published() : item.visibleFrom();
    }
}
