package dk.infoskaerm.server.screens;

import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code /api/v1/screens/{id}/events}: Server-Sent Events telling a screen its feed changed. The first event
 * names the current ETag, so a client that fetched just before subscribing misses nothing; then one
 * {@code changed} event per change, and a keep-alive comment when nothing happened for a while.
 */
public final class EventsService implements HttpService {

    private final FeedCache cache;
    private final FeedEvents events;
    private final Duration keepAlive;

    /** A service announcing changes of {@code cache}'s feeds from {@code events}. */
    public EventsService(FeedCache cache, FeedEvents events, Duration keepAlive) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.events = Objects.requireNonNull(events, "events");
        this.keepAlive = Objects.requireNonNull(keepAlive, "keepAlive");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/events", this::stream);
    }

    private void stream(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        FeedCache.CachedFeed feed = cache.requireFeed(id);
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header("X-Accel-Buffering", "no");
        try (FeedEvents.Subscription subscription = events.subscribe(id);
             SseSink sink = res.sink(SseSink.TYPE)) {
            sink.emit(changed(feed.etag()));
            while (true) {
                String etag = subscription.await(keepAlive);
                sink.emit(etag == null ? KEEP_ALIVE : changed(etag));
            }
        } catch (UncheckedIOException e) {
            // the screen went away; its subscription is closed above
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A comment for proxies, in an event named {@code keep-alive} with empty data that clients ignore: Helidon 4.3's
     * SSE sink cannot write an event without data (it fails on its own no-data marker and closes the stream).
     */
    private static final SseEvent KEEP_ALIVE = SseEvent.builder().comment("keep-alive").name("keep-alive").data("")
            .build();

    private static SseEvent changed(String etag) {
        return SseEvent.builder().name("changed").data("{\"etag\":" + jsonString(etag) + "}")
                .reconnectDelay(Duration.ofSeconds(5)).build();
    }

    private static String jsonString(String etag) {
        return "\"" + etag.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
