package dk.infoskaerm.client.feed;

import com.sun.net.httpserver.HttpServer;
import dk.infoskaerm.client.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server on 127.0.0.1 serving the fixture feed for screen {@code moerkoev}, as the server would. */
final class FeedServer implements AutoCloseable {

    static final String ETAG = "\"moerkoev-1\"";

    private final HttpServer server;
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        byte[] feed = Fixtures.bytes("feeds/moerkoev.json");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/screens/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            ifNoneMatch.add(String.valueOf(etag));
            if (!path.equals("/api/v1/screens/moerkoev/feed")) {
                send(exchange, 404, "{\"error\":\"unknown screen\",\"field\":\"screenId\"}".getBytes(StandardCharsets.UTF_8));
            } else if (ETAG.equals(etag)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
            } else {
                exchange.getResponseHeaders().add("ETag", ETAG);
                send(exchange, 200, feed);
            }
        });
        server.start();
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) throws IOException {
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
