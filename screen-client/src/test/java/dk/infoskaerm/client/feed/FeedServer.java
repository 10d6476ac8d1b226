package dk.infoskaerm.client.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.infoskaerm.client.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 serving the fixture feed for screen {@code moerkoev}, as the server would, and its
 * change events as Server-Sent Events (first event names the current ETag, then one per {@link #publish}).
 */
final class FeedServer implements AutoCloseable {

    static final String ETAG = "\"moerkoev-1\"";

    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private volatile byte[] feed;
    private volatile String etag = ETAG;
    private volatile boolean events = true;
    private volatile byte[] picture = new byte[0];
    private volatile Duration pictureDelay = Duration.ZERO;

    FeedServer() throws IOException {
        this(0);
    }

    /** A server on {@code port} of 127.0.0.1 (0: any free port), e.g. the port of one that went away. */
    FeedServer(int port) throws IOException {
        feed = Fixtures.bytes("feeds/moerkoev.json");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/screens/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/v1/screens/moerkoev/events") && events) {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                listeners.add(out);
                write(out, changed(etag));
                return;
            }
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (!path.equals("/api/v1/screens/moerkoev/feed")) {
                send(exchange, 404, "{\"error\":\"unknown screen\",\"field\":\"screenId\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ifNoneMatch.add(String.valueOf(sent));
            if (etag.equals(sent)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
            } else {
                exchange.getResponseHeaders().add("ETag", etag);
                send(exchange, 200, feed);
            }
        });
        server.createContext("/api/v1/images/", exchange -> {
            try {
                Thread.sleep(pictureDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            byte[] png = picture;
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png);
            }
        });
        server.start();
    }

    /** Serves {@code png} at every {@code /api/v1/images/…}, each answer only after {@code delay}. */
    void servePictures(byte[] png, Duration delay) {
        picture = png;
        pictureDelay = delay;
    }

    /** Serves {@code body} with {@code newEtag} from now on and announces it to every event listener. */
    void publish(byte[] body, String newEtag) {
        feed = body;
        etag = newEtag;
        listeners.forEach(out -> write(out, changed(newEtag)));
    }

    /** Answers 404 to the events URL, as a server without change events would. */
    void withoutEvents() {
        events = false;
    }

    private static String changed(String etag) {
        return "event: changed\ndata: {\"etag\":\"" + etag.replace("\"", "\\\"") + "\"}\n\n";
    }

    private void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            listeners.remove(out);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
