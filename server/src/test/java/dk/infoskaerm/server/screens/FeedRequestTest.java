package dk.infoskaerm.server.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which request heads the feed's fast path answers itself, and which it leaves to Helidon untouched. */
class FeedRequestTest {

    private static final byte[] PREFIX = "/api/v1/screens/".getBytes(StandardCharsets.US_ASCII);

    private static final String PLAIN = "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: localhost\r\n"
            + "If-None-Match: \"abc\"\r\nAccept: application/json\r\n\r\n";

    private static FeedRequest.Parse read(String bytes) {
        byte[] data = bytes.getBytes(StandardCharsets.ISO_8859_1);
        return FeedRequest.parse(data, data.length, PREFIX);
    }

    /** The request of a whole head, or null when it is refused; fails when the parser asks for more. */
    private static FeedRequest parse(String head) {
        FeedRequest.Parse parsed = read(head);
        assertNotSame(FeedRequest.Parse.MORE, parsed, () -> "asked for more bytes: " + shown(head));
        if (parsed.request() != null) {
            assertEquals(head.length(), parsed.length(), "the head's length");
        }
        return parsed.request();
    }

    private static String shown(String bytes) {
        return bytes.replace("\r", "\\r").replace("\n", "\\n");
    }

    @Test
    void asksForMoreBytesAtEveryCutOfAPlainHeadAndReadsItWhenWhole() {
        for (int cut = 1; cut < PLAIN.length(); cut++) {
            String part = PLAIN.substring(0, cut);
            assertSame(FeedRequest.Parse.MORE, read(part), () -> shown(part));
        }
        assertEquals(new FeedRequest("moerkoev", false, "\"abc\""), parse(PLAIN));
    }

    @Test
    void aHeadFollowedByTheNextRequestEndsAtItsBlankLine() {
        FeedRequest.Parse parsed = read(PLAIN + "GET /api/v1/areas HTTP/1.1\r\n");
        assertEquals("moerkoev", parsed.request().screenId());
        assertEquals(PLAIN.length(), parsed.length());
    }

    /** Refused at the first byte that does not fit, without waiting for the rest of the head. */
    @ParameterizedTest
    @ValueSource(strings = {"P", "GE ", "HELLO\r\n", "GET /api/v1/areas", "GET /api/v1/screens/moerkoev/events",
        "GET /api/v1/screens/Moer", "GET /api/v1/screens/moerkoev/feed HTTP/1.0",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\n", "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\n ",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost x", "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost:\u0001",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\rX", "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\n\rX"})
    void refusesAPartOfAHeadAsSoonAsItCannotBeOurs(String part) {
        assertSame(FeedRequest.Parse.REFUSED, read(part), () -> shown(part));
    }

    @Test
    void readsAPlainGetWithItsIfNoneMatch() {
        FeedRequest request = parse("GET /api/v1/screens/store-merloese/feed HTTP/1.1\r\n"
                + "Host: 127.0.0.1:8080\r\nUser-Agent: Java-http-client/25\r\nIF-NONE-MATCH:  \"abc\"  \r\n"
                + "Accept: */*\r\nConnection: Keep-Alive\r\n\r\n");
        assertEquals(new FeedRequest("store-merloese", false, "\"abc\""), request);
    }

    @Test
    void readsAHeadWithoutIfNoneMatch() {
        assertEquals(new FeedRequest("moerkoev", true, null),
                parse("HEAD /api/v1/screens/moerkoev/feed HTTP/1.1\r\nhost: localhost:8080\r\n\r\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1:8080", "infoskaerm.holbaek.dk", "my-host:80", "x:65535"})
    void readsPlainHostValues(String host) {
        assertEquals("moerkoev", parse("GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
                .screenId());
    }

    @Test
    void aScreenIdOfSixtyFourCharactersIsTheLongestRead() {
        String id = "a".repeat(64);
        assertEquals(id, parse("GET /api/v1/screens/" + id + "/feed HTTP/1.1\r\nHost: x\r\n\r\n").screenId());
        assertNull(parse("GET /api/v1/screens/" + id + "a/feed HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    /** Each of these is Helidon's to answer (or to refuse with its own error). */
    @ParameterizedTest
    @ValueSource(strings = {
        // other methods, paths, versions
        "POST /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "get /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.0\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed?x=1 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed/ HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/moerkoev/events HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens//feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/Moerkoev/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/m%C3%B8rk/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/../feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/a/b/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET //api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://x/api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET  /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1 \r\nHost: x\r\n\r\n",
        // Host: none, two, empty, odd characters
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost:\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x/y\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: user@x\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x:y\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: :\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x:\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: :80\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x:1234567\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: [::1\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: [12345::1]\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: a]\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: []\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: [::1]x\r\n\r\n",
        // what an HTTP/2 client sends on its first request over http://
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nConnection: Upgrade, HTTP2-Settings\r\nHost: x\r\n"
            + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\nUpgrade: h2c\r\n\r\n",
        // a body, or anything that changes how the connection goes on
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nTE: trailers\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nTrailer: X\r\n\r\n",
        // two If-None-Match
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nIf-None-Match: \"a\"\r\nIf-None-Match: \"b\"\r\n\r\n",
        // malformed lines: bare LF, folded line, space before the colon, no colon, control or non-ASCII bytes
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\nHost: x\n\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\nAccept: */*\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nAccept: a\r\n b\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost : x\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nAccept\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nX-A: \u00e6\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\nX-\u00c6: a\r\n\r\n",
    })
    void leavesEverythingElseToHelidon(String head) {
        assertNull(parse(head), () -> "should be left to Helidon: " + shown(head));
    }
}
