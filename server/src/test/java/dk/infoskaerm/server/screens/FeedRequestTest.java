package dk.infoskaerm.server.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which request heads the feed's fast path answers itself, and which it leaves to Helidon untouched. */
class FeedRequestTest {

    private static final byte[] PREFIX = "/api/v1/screens/".getBytes(StandardCharsets.US_ASCII);

    private static FeedRequest parse(String head) {
        byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
        return FeedRequest.parse(bytes, bytes.length, PREFIX);
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
                parse("HEAD /api/v1/screens/moerkoev/feed HTTP/1.1\r\nhost: [::1]:8080\r\n\r\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1:8080", "infoskaerm.holbaek.dk", "[::1]:8080", "[fe80::1]",
        "my-host:80"})
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
        // not a whole head, or more than one
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\n",
        "GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\n\r\n",
        "GET /api/v1/screens/moerkoev/feed",
        ""
    })
    void leavesEverythingElseToHelidon(String head) {
        assertNull(parse(head), () -> "should be left to Helidon: " + head.replace("\r", "\\r").replace("\n", "\\n"));
    }
}
