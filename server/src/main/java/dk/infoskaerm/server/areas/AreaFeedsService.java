package dk.infoskaerm.server.areas;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.export.ICalendarWriter;
import dk.infoskaerm.content.export.RssWriter;
import dk.infoskaerm.server.posts.ImageService;
import dk.infoskaerm.server.posts.Posts;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Feeds out, per area, so lokalforum websites can reuse the content: {@code events.ics} (events and dialogue
 * meetings ahead, a meeting's committee and politicians in its description) and {@code news.rss} (news and
 * announcements, a post's picture as an enclosure). The RSS channel links to the area's public page.
 */
public final class AreaFeedsService implements HttpService {

    private static final int MAX_NEWS = 50;

    private final AreaContent content;
    private final Posts posts;

    /** A service over the areas' {@code content}, with the pictures of {@code posts}. */
    public AreaFeedsService(AreaContent content, Posts posts) {
        this.content = Objects.requireNonNull(content, "content");
        this.posts = Objects.requireNonNull(posts, "posts");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{slug}/events.ics", this::events)
                .get("/{slug}/news.rss", this::news);
    }

    private void events(ServerRequest req, ServerResponse res) {
        Area area = content.require(req.path().pathParameters().get("slug"));
        send(res, "text/calendar; charset=utf-8", ICalendarWriter.write(area.name() + " – arrangementer",
                content.eventsAhead(area), content.now()));
    }

    private void news(ServerRequest req, ServerResponse res) {
        Area area = content.require(req.path().pathParameters().get("slug"));
        URI self = req.requestedUri().toUri();
        URI feed = self.resolve(self.getRawPath());
        String page = feed.resolve("/omraade/" + area.slug()).toString();
        send(res, "application/rss+xml; charset=utf-8", RssWriter.write(area.name() + " – nyheder", page,
                "Nyheder og opslag fra " + area.name(), content.news(area, MAX_NEWS), item -> enclosure(feed, item)));
    }

    /** Our own stored pictures only: for those the type and length an enclosure needs are known. */
    private Optional<RssWriter.Enclosure> enclosure(URI feed, Item item) {
        if (!item.image().startsWith(ImageService.PATH)) {
            return Optional.empty();
        }
        return posts.imageFacts(item.image().substring(ImageService.PATH.length()))
                .map(f -> new RssWriter.Enclosure(feed.resolve(item.image()).toString(), f.contentType(), f.length()));
    }

    private static void send(ServerResponse res, String contentType, String body) {
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        res.header(HeaderNames.CACHE_CONTROL, "max-age=300");
        res.send(body.getBytes(StandardCharsets.UTF_8));
    }
}
