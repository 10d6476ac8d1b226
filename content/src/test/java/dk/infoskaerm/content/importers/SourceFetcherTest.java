package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on 127.0.0.1. */
class SourceFetcherTest {

    private static final byte[] ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final AtomicInteger dripped = new AtomicInteger();
    private final SourceFetcher fetcher = new SourceFetcher(Duration.ofSeconds(2), Duration.ofMillis(800), 1024,
            AddressGuard.ANY);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cal.ics", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/calendar");
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 03 Nov 2026 09:00:00 GMT");
            exchange.sendResponseHeaders(200, ICS.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ICS);
            }
        });
        server.createContext("/error", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[4096]);
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('B');
                out.flush();
                Thread.sleep(3000);
            } catch (IOException | InterruptedException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write('B');
                    out.flush();
                    dripped.incrementAndGet();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up, as it should
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesBodyWithValidators() throws Exception {
        SourceFetcher.Fetched fetched = fetcher.fetch(uri("/cal.ics"), null, null);
        assertArrayEquals(ICS, fetched.body());
        assertEquals("text/calendar", fetched.contentType());
        assertEquals("\"v1\"", fetched.etag());
        assertEquals("Tue, 03 Nov 2026 09:00:00 GMT", fetched.lastModified());
    }

    @Test
    void conditionalGetGivesNotModified() throws Exception {
        SourceFetcher.Fetched fetched = fetcher.fetch(uri("/cal.ics"), "\"v1\"", null);
        assertTrue(fetched.notModified());
        assertEquals(0, fetched.body().length);
        assertEquals("\"v1\"", fetched.etag());
    }

    @Test
    void errorStatusNamesUrlAndStatus() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/error"), null, null));
        assertEquals(500, e.status());
        // In Danish, as Test kilde shows it to a volunteer (issue 19: "HTTP 404 answered instead of the source").
        assertEquals(uri("/error") + ": serveren svarede HTTP 500 i stedet for kilden", e.getMessage());
    }

    @Test
    void bodyOverTheLimitIsAborted() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/huge"), null, null));
        assertTrue(e.getMessage().contains("over grænsen"), e.getMessage());
    }

    @Test
    void stalledBodyTimesOut() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/slow"), null, null));
        assertTrue(e.getMessage().matches(".*(svarede ikke inden for|ikke hentet færdigt efter) 800 ms"), e.getMessage());
    }

    @Test
    void drippingBodyIsCutAtTheDeadlineThoughNoReadIsIdleForLong() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/drip"), null, null));
        assertTrue(e.getMessage().contains("ikke hentet færdigt efter"), e.getMessage());
        assertTrue(dripped.get() < 50, "cut before the drip ended: " + dripped.get() + " bytes");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
