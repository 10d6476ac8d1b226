package dk.infoskaerm.server.screens;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * {@code /api/v1/screens/{id}/feed}: the public feed a screen reads, from cached bytes, with ETag and 304. GET and
 * HEAD of a cached feed are answered by {@link #shortcut(String)}, a filter that runs before every other filter and
 * before the route crawl; the route answers the rest (a feed not cached yet, an unknown screen).
 */
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

    /**
     * A filter answering GET and HEAD of {@code mountPath/{id}/feed} with a lookup and a write while the feed is
     * cached; register it as the first filter, with {@code mountPath} the path this service is registered at.
     */
    public Filter shortcut(String mountPath) {
        return new Shortcut(cache, mountPath + "/");
    }

    private void feed(ServerRequest req, ServerResponse res) {
        send(cache.requireFeed(req.path().pathParameters().get("id")), req, res);
    }

    private static void send(FeedCache.CachedFeed feed, ServerRequest req, ServerResponse res) {
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

    /** The feed route as a filter: no path pattern, no regular expression, no other filter runs. */
    private static final class Shortcut implements Filter {

        private static final String SUFFIX = "/feed";

        private final FeedCache cache;
        private final String prefix;

        Shortcut(FeedCache cache, String prefix) {
            this.cache = cache;
            this.prefix = prefix;
        }

        @Override
        public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
            FeedCache.CachedFeed feed = cachedFeed(req.prologue());
            if (feed == null) {
                chain.proceed();
                return;
            }
            send(feed, req, res);
        }

        private FeedCache.CachedFeed cachedFeed(HttpPrologue prologue) {
            Method method = prologue.method();
            if (!Method.GET.equals(method) && !Method.HEAD.equals(method)) {
                return null;
            }
            String path = prologue.uriPath().rawPath();
            int end = path.length() - SUFFIX.length();
            if (end <= prefix.length() || !path.endsWith(SUFFIX) || !path.startsWith(prefix)
                    || path.indexOf('/', prefix.length()) != end) {
                return null;
            }
            return cache.currentOrNull(path.substring(prefix.length(), end));
        }
    }
}
