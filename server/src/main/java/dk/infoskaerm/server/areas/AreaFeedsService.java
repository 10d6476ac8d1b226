package dk.infoskaerm.server.areas;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.Slugs;
import dk.infoskaerm.content.export.ICalendarWriter;
import dk.infoskaerm.content.export.RssWriter;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.posts.ImageService;
import dk.infoskaerm.server.posts.Posts;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Feeds out, per area, so lokalforum websites can reuse the content: {@code events.ics} (events and dialogue
 * meetings ahead, a meeting's committee and politicians in its description) and {@code news.rss} (news and
 * announcements, a post's picture as an enclosure). The RSS channel links to the feed itself until the area has a
 * public page.
 */
public final class AreaFeedsService implements HttpService {

    private static final int MAX_NEWS = 50;

    private final AreaRepository areas;
    private final ItemRepository items;
    private final Posts posts;
    private final Clock clock;

    /** A service over {@code areas} and {@code items}, with the pictures of {@code posts}. */
    public AreaFeedsService(AreaRepository areas, ItemRepository items, Posts posts, Clock clock) {
        this.areas = Objects.requireNonNull(areas, "areas");
        this.items = Objects.requireNonNull(items, "items");
        this.posts = Objects.requireNonNull(posts, "posts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{slug}/events.ics", this::events)
                .get("/{slug}/news.rss", this::news);
    }

    private void events(ServerRequest req, ServerResponse res) {
        Area area = requireArea(req);
        Instant now = clock.instant();
        List<Item> ahead = items.forArea(area.slug(), now).stream()
                .filter(i -> i.kind().feedOut() == ItemKind.FeedOut.CALENDAR && i.start() != null)
                .sorted(Comparator.comparing(Item::start)).toList();
        send(res, "text/calendar; charset=utf-8", ICalendarWriter.write(area.name() + " – arrangementer", ahead, now));
    }

    private void news(ServerRequest req, ServerResponse res) {
        Area area = requireArea(req);
        Instant now = clock.instant();
        List<Item> news = items.forArea(area.slug(), now.minus(Duration.ofDays(1))).stream()
                .filter(i -> i.kind().feedOut() == ItemKind.FeedOut.NEWS)
                .filter(i -> published(i) != null && !published(i).isAfter(now))
                .sorted(Comparator.comparing(AreaFeedsService::published).reversed())
                .limit(MAX_NEWS).toList();
        URI self = req.requestedUri().toUri();
        URI feed = self.resolve(self.getRawPath());
        send(res, "application/rss+xml; charset=utf-8", RssWriter.write(area.name() + " – nyheder", feed.toString(),
                "Nyheder og opslag fra " + area.name(), news, item -> enclosure(feed, item)));
    }

    /** Our own stored pictures only: for those the type and length an enclosure needs are known. */
    private Optional<RssWriter.Enclosure> enclosure(URI feed, Item item) {
        if (!item.image().startsWith(ImageService.PATH)) {
            return Optional.empty();
        }
        return posts.imageFacts(item.image().substring(ImageService.PATH.length()))
                .map(f -> new RssWriter.Enclosure(feed.resolve(item.image()).toString(), f.contentType(), f.length()));
    }

    private static Instant published(Item item) {
        return item.published() != null ? item.published() : item.visibleFrom();
    }

    private Area requireArea(ServerRequest req) {
        String slug = req.path().pathParameters().get("slug");
        return (Slugs.isSlug(slug) ? areas.find(slug) : Optional.<Area>empty())
                .orElseThrow(() -> ApiException.notFound("Lokalområdet '" + slug + "' findes ikke.", "slug"));
    }

    private static void send(ServerResponse res, String contentType, String body) {
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        res.header(HeaderNames.CACHE_CONTROL, "max-age=300");
        res.send(body.getBytes(StandardCharsets.UTF_8));
    }
}
