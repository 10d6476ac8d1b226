package dk.infoskaerm.server.screens;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.http.DateTime;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The feed's fast path: an HTTP/1.1 connection that answers plain {@code GET} and {@code HEAD} requests for a cached
 * feed itself, with a lookup and one write, and hands the connection to Helidon's own HTTP/1 connection at the first
 * request it does not answer. It answers only requests of the simplest form (the request line exactly
 * {@code GET /api/v1/screens/{id}/feed HTTP/1.1}, CRLF line ends, printable ASCII, one Host, no body, no
 * {@code Connection}, {@code Upgrade} or {@code Expect} other than keep-alive); everything else, every error
 * included, is Helidon's, untouched, because this class has not consumed a byte of it.
 *
 * <p>Why it exists: Helidon's request path (prologue and header parsing into objects, validation, routing, filters,
 * response header assembly) costs more per request than the lookup and write a cached feed needs; issue 4 asks for
 * a 304 at 0.9× nginx's. {@code bench/feed-vs-nginx} measures both paths. Screens poll their feed far more often than
 * anything else, so their connections stay on this path; a connection that carries another request (an SSE stream,
 * a heartbeat, an administrator's page) is Helidon's from then on; so is one whose feed request could not be
 * answered (an unknown screen, which then costs the route a second lookup, or a database failure). The screen client keeps a connection pool of
 * its own for the feed, speaking HTTP/1.1 (an HTTP/2 client's upgrade request would be Helidon's).
 *
 * <p>The Helidon connection it hands over to has no protocol upgraders (this server has no WebSocket or HTTP/2);
 * add them to the selector given here if it ever does. The fast path does not take part in a configured limit of
 * concurrent requests ({@code max-concurrent-requests}); its answers take no lock and no permit.
 */
public final class FeedFastPath implements ServerConnectionSelector {

    /** The longest request head the fast path reads before it leaves the request to Helidon. */
    static final int MAX_HEAD = 8192;
    /**
     * How many reads a request head may take before the fast path leaves it to Helidon: screens send theirs in one
     * packet, and each further read copies the head again, so a head dribbled in byte by byte is Helidon's to read.
     */
    static final int MAX_READS = 8;

    private static final byte[] STATUS_200 = ascii("HTTP/1.1 200 OK\r\nDate: ");
    private static final byte[] STATUS_304 = ascii("HTTP/1.1 304 Not Modified\r\nDate: ");

    private final FeedCache cache;
    private final byte[] prefix;
    private final ServerConnectionSelector http1;
    private final Map<String, Wire> wires = new ConcurrentHashMap<>();
    private final LongAdder answered = new LongAdder();

    /**
     * A selector answering feeds under {@code mountPath + "/{id}/feed"} from {@code cache}, and handing everything
     * else to {@code http1}, Helidon's HTTP/1 selector.
     */
    public FeedFastPath(FeedCache cache, String mountPath, ServerConnectionSelector http1) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.prefix = ascii(Objects.requireNonNull(mountPath, "mountPath") + "/");
        this.http1 = Objects.requireNonNull(http1, "http1");
    }

    /** How many requests the fast path has answered itself (the rest went to Helidon). */
    public long answered() {
        return answered.sum();
    }

    @Override
    public int bytesToIdentifyConnection() {
        return http1.bytesToIdentifyConnection();
    }

    @Override
    public Support supports(BufferData data) {
        return http1.supports(data);
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return http1.supportedApplicationProtocols();
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        return new Connection(ctx);
    }

    /**
     * The screen's current feed, composed now if it is not cached (first request, or time made it stale); null for
     * an unknown screen, or when composing fails: then Helidon's route answers, with its 404 or its error handling.
     */
    private FeedCache.CachedFeed feedOrNull(String screenId) {
        FeedCache.CachedFeed feed = cache.currentOrNull(screenId);
        if (feed != null) {
            return feed;
        }
        try {
            feed = cache.find(screenId).orElse(null);
        } catch (RuntimeException e) {
            // the route will meet the same failure, and log and answer it
            return null;
        }
        if (feed == null) {
            wires.remove(screenId);
        }
        return feed;
    }

    /** The response bytes of a cached feed, but for the date, made once per feed. */
    private Wire wire(String screenId, FeedCache.CachedFeed feed) {
        Wire wire = wires.get(screenId);
        if (wire == null || wire.feed != feed) {
            wire = new Wire(feed);
            wires.put(screenId, wire);
        }
        return wire;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** After the date: the headers of a 200 (with the body after them) and of a 304, the ones the route sends. */
    private static final class Wire {

        final FeedCache.CachedFeed feed;
        final byte[] after200;
        final byte[] after304;

        Wire(FeedCache.CachedFeed feed) {
            this.feed = feed;
            this.after200 = ascii(line(FeedService.NO_CACHE) + line(HeaderValues.CONNECTION_KEEP_ALIVE)
                    + line(feed.contentLengthHeader()) + line(HeaderValues.CONTENT_TYPE_JSON) + line(feed.etagHeader())
                    + "\r\n");
            this.after304 = ascii(line(FeedService.NO_CACHE) + line(HeaderValues.CONNECTION_KEEP_ALIVE)
                    + line(feed.etagHeader()) + "\r\n");
        }

        private static String line(Header header) {
            return header.name() + ": " + header.get() + "\r\n";
        }

        byte[] response(FeedRequest request, byte[] date) {
            boolean notModified = feed.matches(request.ifNoneMatch());
            byte[] status = notModified ? STATUS_304 : STATUS_200;
            byte[] after = notModified ? after304 : after200;
            int bodyLength = notModified || request.head() ? 0 : feed.body().length;
            byte[] out = new byte[status.length + date.length + after.length + bodyLength];
            System.arraycopy(status, 0, out, 0, status.length);
            System.arraycopy(date, 0, out, status.length, date.length);
            System.arraycopy(after, 0, out, status.length + date.length, after.length);
            System.arraycopy(feed.body(), 0, out, out.length - bodyLength, bodyLength);
            return out;
        }
    }

    /** One connection: feed requests answered here until the first other request, then Helidon's. */
    private final class Connection implements ServerConnection {

        private final ConnectionContext ctx;
        private byte[] head = new byte[1024];
        private volatile ServerConnection helidon;
        private volatile long lastRequestMillis = System.currentTimeMillis();
        private volatile boolean waiting;
        private volatile boolean closed;
        private volatile Thread thread;

        Connection(ConnectionContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void handle(Limit limit) throws InterruptedException {
            thread = Thread.currentThread();
            DataReader reader = ctx.dataReader();
            while (!closed) {
                FeedRequest.Parse next = nextHead(reader);
                FeedRequest request = next.request();
                if (closed || request == null) {
                    break;
                }
                FeedCache.CachedFeed feed = feedOrNull(request.screenId());
                if (feed == null) {
                    break;
                }
                byte[] response = wire(request.screenId(), feed).response(request, DateTime.http1Bytes());
                reader.skip(next.length());
                answered.increment();
                ctx.dataWriter().writeNow(BufferData.create(response));
                lastRequestMillis = System.currentTimeMillis();
            }
            head = null;
            ServerConnection next = http1.connection(ctx);
            helidon = next;
            if (closed) {
                next.close(true);
            }
            next.handle(limit);
        }

        /**
         * Reads until the buffered bytes hold a whole request head the fast path answers, or show that it is not one
         * ({@link FeedRequest.Parse#REFUSED}, also when it is longer than {@link #MAX_HEAD} or took more than
         * {@link #MAX_READS} reads). Nothing is consumed. While it waits, closing the connection (idle timeout, server
         * stop) interrupts it, as Helidon does while it waits for a request line.
         */
        private FeedRequest.Parse nextHead(DataReader reader) {
            waiting = true;
            if (closed) {
                // close() came between the loop's check and the flag above, and did not interrupt
                throw new CloseConnectionException("Connection closed");
            }
            try {
                return readHead(reader);
            } catch (DataReader.InsufficientDataAvailableException e) {
                throw new CloseConnectionException("No more data available", e);
            } finally {
                waiting = false;
            }
        }

        private FeedRequest.Parse readHead(DataReader reader) {
            reader.ensureAvailable();
            for (int reads = 1; ; reads++) {
                int available = Math.min(reader.available(), MAX_HEAD);
                if (available > head.length) {
                    head = Arrays.copyOf(head, Math.min(MAX_HEAD, Math.max(available, head.length * 2)));
                }
                reader.getBuffer(available).read(head, 0, available);
                FeedRequest.Parse parsed = FeedRequest.parse(head, available, prefix);
                if (parsed != FeedRequest.Parse.MORE) {
                    return parsed;
                }
                if (available >= MAX_HEAD || reads >= MAX_READS) {
                    return FeedRequest.Parse.REFUSED;
                }
                reader.pullData();
            }
        }

        @Override
        public Duration idleTime() {
            ServerConnection next = helidon;
            return next != null ? next.idleTime() : Duration.ofMillis(System.currentTimeMillis() - lastRequestMillis);
        }

        @Override
        public void close(boolean interrupt) {
            closed = true;
            ServerConnection next = helidon;
            if (next != null) {
                next.close(interrupt);
                return;
            }
            Thread t = thread;
            if (t != null && (interrupt || waiting)) {
                t.interrupt();
            }
        }
    }
}
