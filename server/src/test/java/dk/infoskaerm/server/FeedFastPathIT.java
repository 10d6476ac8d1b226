package dk.infoskaerm.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feed's fast path on a real socket: what it answers itself (counted by the server), that its answers carry
 * the same feed as Helidon's route, and that whatever it does not answer reaches Helidon whole, on the same
 * connection. The contract tests (H2ServerIT, PostgresServerIT) go through it too, as any client does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedFastPathIT {

    private static final String FEED = "/api/v1/screens/moerkoev/feed";

    private InfoskaermServer server;
    /** The same server without the fast path: Helidon answers everything, as it did before the fast path. */
    private InfoskaermServer plain;

    @BeforeAll
    void start(@TempDir Path dataDir, @TempDir Path plainData) {
        server = InfoskaermServer.start(TestConfigs.h2(dataDir, Map.of()));
        plain = InfoskaermServer.start(TestConfigs.h2(plainData, Map.of("infoskaerm.feed.fast-path", "false")));
    }

    @AfterAll
    void stop() {
        server.close();
        plain.close();
    }

    @Test
    void answersGetHeadAndNotModifiedItselfWithTheFeedTheRouteServes() throws Exception {
        try (Connection c = connect()) {
            // a query string is not the fast path's: this answer comes from Helidon's route
            long before = server.feedFastPathAnswers();
            Response routed = c.send("GET " + FEED + "?via=route HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(before, server.feedFastPathAnswers(), "the query went through Helidon");
            // which hands the connection to Helidon, so the fast path's answers need a connection of their own
            try (Connection fast = connect()) {
                Response get = fast.send("GET " + FEED + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                Response head = fast.send("HEAD " + FEED + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                String etag = get.header("etag");
                Response notModified = fast.send("GET " + FEED + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: "
                        + etag + "\r\n\r\n");
                Response weakInAList = fast.send("GET " + FEED + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: "
                        + "\"other\", W/" + etag + "\r\n\r\n");
                Response otherTag = fast.send("GET " + FEED + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: "
                        + "\"other\"\r\n\r\n");
                assertEquals(before + 5, server.feedFastPathAnswers(), "all five answered by the fast path");

                assertEquals(200, get.status());
                assertArrayEquals(routed.body(), get.body(), "the same feed bytes as the route");
                for (String name : new String[] {"etag", "content-type", "content-length", "cache-control"}) {
                    assertEquals(routed.header(name), get.header(name), name);
                    assertEquals(routed.header(name), head.header(name), "HEAD " + name);
                }
                assertTrue(get.header("date").endsWith(" GMT"), get.header("date"));
                assertEquals(0, head.body().length);
                assertEquals(304, notModified.status());
                assertEquals(etag, notModified.header("etag"));
                assertEquals(0, notModified.body().length);
                assertNull(notModified.header("content-length"), "a 304 has no content-length of its own");
                assertEquals(304, weakInAList.status());
                assertEquals(200, otherTag.status());
                assertArrayEquals(get.body(), otherTag.body());
            }
        }
    }

    @Test
    void anyOtherRequestOnTheConnectionGoesToHelidonAndTheConnectionStaysUsable() throws Exception {
        try (Connection c = connect()) {
            long before = server.feedFastPathAnswers();
            // written at once: the fast path answers the HEAD and the GET, and hands the rest over unread
            String feed = "GET " + FEED + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
            Response[] answers = c.sendAll(
                    "HEAD " + FEED + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    feed,
                    "POST /api/v1/screens/moerkoev/heartbeat HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
                    "GET /api/v1/areas HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    feed);
            assertEquals(200, answers[0].status());
            assertEquals(0, answers[0].body().length);
            assertEquals(200, answers[1].status());
            assertEquals(401, answers[2].status(), "the heartbeat without a device token: " + answers[2].text());
            assertEquals(200, answers[3].status());
            assertTrue(answers[3].text().contains("\"slug\":\"moerkoev\""), answers[3].text());
            assertEquals(200, answers[4].status(), "the feed again, from Helidon's route");
            assertArrayEquals(answers[1].body(), answers[4].body());
            assertEquals(before + 2, server.feedFastPathAnswers());
        }
    }

    /** Requests the fast path must not answer; each placeholder {@code FEED} is the Mørkøv feed's path. */
    static Stream<String> requestsForHelidon() {
        return Stream.of(
                "GET /api/v1/screens/ingen-skaerm/feed HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /api/v1/screens/Moerkoev/feed HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: a/b\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                "GET FEED HTTP/1.1\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: [12345::1]\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nX-Fold: a\r\n b\r\n\r\n",
                "GET FEED HTTP/1.1\nHost: localhost\n\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: \"a\"\r\nIf-None-Match: \"b\"\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                        + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\nUpgrade: h2c\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nTE: trailers\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST FEED HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}",
                "GET FEED HTTP/1.0\r\nHost: localhost\r\n\r\n",
                "HELLO /\r\n\r\n",
                "GET FEED HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest
    @MethodSource("requestsForHelidon")
    void requestsItDoesNotAnswerGetHelidonsOwnAnswers(String template) throws Exception {
        String request = template.replace("FEED", FEED);
        String shown = request.lines().findFirst().orElseThrow() + " (" + request.length() + " bytes)";
        long before = server.feedFastPathAnswers();
        String answer;
        String helidons;
        try (Connection c = connect(server); Connection p = connect(plain)) {
            answer = c.outcome(request);
            helidons = p.outcome(request);
        }
        assertEquals(before, server.feedFastPathAnswers(), shown + " was not answered by the fast path");
        assertEquals(helidons, answer, shown);
        assertFalse(answer.contains("Exception"), answer);
    }

    @Test
    void aRequestInAFewPiecesIsAnsweredWhenWholeAndOneDribbledInByteByByteIsLeftToHelidon() throws Exception {
        byte[] request = ("GET " + FEED + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (Connection c = connect()) {
            long before = server.feedFastPathAnswers();
            c.writeInPieces(request, request.length / 3 + 1);
            assertEquals(200, c.read().status());
            assertEquals(before + 1, server.feedFastPathAnswers(), "three pieces: the fast path's");
        }
        try (Connection c = connect()) {
            long before = server.feedFastPathAnswers();
            c.writeInPieces(request, 1);
            Response answer = c.read();
            assertEquals(200, answer.status());
            assertTrue(answer.text().contains("\"slides\""), answer.text());
            assertEquals(before, server.feedFastPathAnswers(), "a byte at a time: Helidon's");
        }
    }

    @Test
    void aChangedFeedIsServedAtOnce() throws Exception {
        try (Connection c = connect()) {
            long before = server.feedFastPathAnswers();
            Response first = c.send("GET /api/v1/screens/gislinge/feed HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Instant start = Instant.now().plus(Duration.ofDays(2));
            server.app().items().save(new Item("test:fast-path", "test", ItemKind.EVENT, "Hurtig vej", "", start,
                    start.plus(Duration.ofHours(1)), false, "", "", null, null, null, Set.of("gislinge"), null));
            server.app().contentChanged();
            Response second = c.send("GET /api/v1/screens/gislinge/feed HTTP/1.1\r\nHost: localhost\r\n"
                    + "If-None-Match: " + first.header("etag") + "\r\n\r\n");
            assertEquals(200, second.status());
            assertNotEquals(first.header("etag"), second.header("etag"));
            assertTrue(second.text().contains("Hurtig vej"));
            assertEquals(before + 2, server.feedFastPathAnswers(), "both from the fast path");
        }
    }

    @Test
    void anIdleConnectionWaitingOnTheFastPathIsClosedAfterTheIdleTimeout(@TempDir Path otherData) throws Exception {
        try (InfoskaermServer quick = InfoskaermServer.start(TestConfigs.h2(otherData, Map.of(
                "server.idle-connection-timeout", "PT1S", "server.idle-connection-period", "PT1S")));
                Socket socket = new Socket("127.0.0.1", quick.port())) {
            socket.setSoTimeout(15_000);
            Connection c = new Connection(socket);
            assertEquals(200, c.send("GET " + FEED + " HTTP/1.1\r\nHost: localhost\r\n\r\n").status());
            assertEquals(1, quick.feedFastPathAnswers());
            assertEquals(-1, socket.getInputStream().read(), "the server closed the idle connection");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the idle connection was still open after 15 s", e);
        }
    }

    private Connection connect() throws IOException {
        return connect(server);
    }

    private static Connection connect(InfoskaermServer to) throws IOException {
        Socket socket = new Socket("127.0.0.1", to.port());
        socket.setSoTimeout(10_000);
        return new Connection(socket);
    }

    /** One HTTP/1.1 response as it came over the wire. */
    private record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A raw client connection: requests written as given, responses read by their Content-Length. */
    private static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = socket.getInputStream();
        }

        Response send(String request) throws IOException {
            return sendAll(request)[0];
        }

        /** Writes all requests at once (pipelined), then reads their answers. */
        Response[] sendAll(String... requests) throws IOException {
            out.write(String.join("", requests).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Response[] responses = new Response[requests.length];
            for (int i = 0; i < requests.length; i++) {
                responses[i] = read(requests[i].substring(0, requests[i].indexOf(' ')));
            }
            return responses;
        }

        /** Writes {@code bytes} in pieces of {@code size}, each sent on its own, a little apart. */
        void writeInPieces(byte[] bytes, int size) throws IOException, InterruptedException {
            socket.setTcpNoDelay(true);
            for (int i = 0; i < bytes.length; i += size) {
                out.write(bytes, i, Math.min(size, bytes.length - i));
                out.flush();
                Thread.sleep(20);
            }
        }

        Response read() throws IOException {
            return read("GET");
        }

        /** The answer's status, content type and body, or "closed" when the server closed without one. */
        String outcome(String request) throws IOException {
            Response answer;
            try {
                answer = send(request);
            } catch (IOException e) {
                return "closed";
            }
            return answer.status() + " " + answer.header("content-type") + " " + answer.text();
        }

        Response read(String method) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed after: " + head);
                }
                head.write(b);
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            int length = status == 304 || "HEAD".equals(method) ? 0
                    : Integer.parseInt(headers.getOrDefault("content-length", "0"));
            return new Response(status, headers, in.readNBytes(length));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
