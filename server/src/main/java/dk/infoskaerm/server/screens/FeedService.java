package dk.infoskaerm.server.screens;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** {@code /api/v1/screens/{id}/feed}: the public feed a screen reads, from cached bytes, with ETag, 304 and HEAD. */
public final class FeedService implements HttpService {

    /** Cache-Control of every feed answer: keep it, but ask again before using it. */
    static final Header NO_CACHE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-cache");

    private final FeedCache cache;

    /** A service answering from {@code cache}. */
    public FeedService(FeedCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/feed", this::feed)
                .head("/{id}/feed", this::feed);
    }

    private void feed(ServerRequest req, ServerResponse res) {
        FeedCache.CachedFeed feed = cache.requireFeed(req.path().pathParameters().get("id"));
        res.header(feed.etagHeader());
        res.header(NO_CACHE);
        if (feed.matches(req.headers().value(HeaderNames.IF_NONE_MATCH).orElse(null))) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.header(feed.contentLengthHeader());
        if (Method.HEAD.equals(req.prologue().method())) {
            // Helidon writes whatever entity it is given, also to a HEAD; the headers alone describe the body
            res.send();
            return;
        }
        res.send(feed.body());
    }
}
