package dk.infoskaerm.server.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A local HTTP server for sources under test: each path answers as a test tells it to, on its own thread. */
final class SourceFixtures implements AutoCloseable {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final Map<String, Supplier<Answer>> answers = new ConcurrentHashMap<>();
    private final Map<String, List<Request>> requests = new ConcurrentHashMap<>();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

    /** What a path answers: a status, a body, an ETag (or null), and a latch to hang on first (or null). */
    record Answer(int status, String contentType, String body, String etag, CountDownLatch hangUntil) {

        static Answer ok(String contentType, String body, String etag) {
            return new Answer(200, contentType, body, etag, null);
        }

        static Answer status(int status) {
            return new Answer(status, "text/plain", "Internal Server Error", null, null);
        }

        static Answer hang(CountDownLatch release) {
            return new Answer(200, "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", null, release);
        }
    }

    /** A request as it arrived. */
    record Request(Instant at, String ifNoneMatch) {
    }

    SourceFixtures() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Makes {@code path} answer what {@code answer} gives at the time of each request. */
    void serve(String path, Supplier<Answer> answer) {
        answers.put(path, answer);
    }

    /** Makes {@code path} answer {@code answer}. */
    void serve(String path, Answer answer) {
        serve(path, () -> answer);
    }

    /** Makes {@code path} answer with {@code handler}, for answers a status and a body cannot describe (drips, floods). */
    void serveWith(String path, HttpHandler handler) {
        handlers.put(path, handler);
    }

    /** The URL of {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The requests {@code path} got so far. */
    List<Request> requests(String path) {
        return List.copyOf(requests.getOrDefault(path, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                .add(new Request(Instant.now(), exchange.getRequestHeaders().getFirst("If-None-Match")));
        HttpHandler handler = handlers.get(path);
        if (handler != null) {
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client gave up (timeout, size limit); nothing to answer
            }
            return;
        }
        try (exchange) {
            Supplier<Answer> supplier = answers.get(path);
            if (supplier == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Answer answer = supplier.get();
            if (answer.hangUntil() != null) {
                try {
                    answer.hangUntil().await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (answer.etag() != null && answer.etag().equals(inm)) {
                exchange.getResponseHeaders().set("ETag", answer.etag());
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.etag() != null) {
                exchange.getResponseHeaders().set("ETag", answer.etag());
            }
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (timeout); nothing to answer
        }
    }

    /** An iCalendar file with one event per title, each starting {@code start} (UIDs made from the titles). */
    static String ical(Instant start, String... titles) {
        StringBuilder s = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Infoskaerm//Test//DA\r\n");
        Instant at = start.truncatedTo(ChronoUnit.MINUTES);
        for (String title : titles) {
            s.append("BEGIN:VEVENT\r\nUID:").append(Math.abs(title.hashCode())).append("@test\r\n")
                    .append("DTSTAMP:20260101T000000Z\r\n")
                    .append("DTSTART:").append(UTC.format(at)).append("\r\n")
                    .append("DTEND:").append(UTC.format(at.plus(2, ChronoUnit.HOURS))).append("\r\n")
                    .append("SUMMARY:").append(title).append("\r\n")
                    .append("END:VEVENT\r\n");
        }
        return s.append("END:VCALENDAR\r\n").toString();
    }

    /** An RSS 2.0 feed with one item per title (links made from the titles). */
    static String rss(String... titles) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Lokalforum</title><link>https://lokalforum.example/</link><description>Nyheder</description>\n");
        for (String title : titles) {
            s.append("<item><title>").append(title).append("</title><link>https://lokalforum.example/")
                    .append(Math.abs(title.hashCode())).append("</link><pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(now)).append("</pubDate>")
                    .append("<description>Om ").append(title).append("</description></item>\n");
        }
        return s.append("</channel></rss>\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
