package dk.infoskaerm.server.screens;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request the feed's fast path answers ({@link FeedFastPath}): {@code GET} or {@code HEAD} of one screen's feed,
 * with its If-None-Match.
 *
 * @param screenId the screen, a slug
 * @param head whether it is a HEAD
 * @param ifNoneMatch the If-None-Match value, or null
 */
record FeedRequest(String screenId, boolean head, String ifNoneMatch) {

    private static final byte[] GET = ascii("GET ");
    private static final byte[] HEAD = ascii("HEAD ");
    private static final byte[] SUFFIX = ascii("/feed HTTP/1.1\r\n");
    private static final int MAX_ID = 64;

    /**
     * What the first bytes of a connection's unread data hold.
     *
     * @param request the request, when they hold a whole head the fast path answers
     * @param length the length of that head, blank line included
     */
    record Parse(FeedRequest request, int length) {

        /** All bytes so far fit a request the fast path answers; its head is not whole yet. */
        static final Parse MORE = new Parse(null, 0);
        /** Not a request the fast path answers: Helidon's to read. */
        static final Parse REFUSED = new Parse(null, -1);
    }

    /**
     * The request at the start of {@code bytes[0, available)}: {@link Parse#MORE} while every byte so far fits a
     * request the fast path answers, {@link Parse#REFUSED} at the first that does not, so a request of any other form
     * goes to Helidon at once and not only when its head is whole. Refused: any other method, path or version, a
     * query, a body, a header that is not plain printable ASCII on one CRLF-ended line, no Host, several or an odd
     * one, several If-None-Match, and Connection, Upgrade, Expect, TE, Trailer, Content-Length or Transfer-Encoding
     * (but {@code Connection: keep-alive}). {@code prefix} is the path up to the screen id, {@code "/api/v1/screens/"}.
     */
    static Parse parse(byte[] bytes, int available, byte[] prefix) {
        if (available == 0) {
            return Parse.MORE;
        }
        boolean head = bytes[0] == 'H';
        int pos = match(bytes, 0, available, head ? HEAD : GET);
        if (pos > 0) {
            int matched = match(bytes, pos, available, prefix);
            pos = matched <= 0 ? matched : pos + matched;
        }
        if (pos <= 0) {
            return pos == 0 ? Parse.MORE : Parse.REFUSED;
        }
        int idStart = pos;
        while (pos < available && isSlugByte(bytes[pos])) {
            if (++pos - idStart > MAX_ID) {
                return Parse.REFUSED;
            }
        }
        if (pos == available) {
            return Parse.MORE;
        }
        int idEnd = pos;
        int matched = match(bytes, pos, available, SUFFIX);
        if (idEnd == idStart || matched <= 0) {
            return idEnd > idStart && matched == 0 ? Parse.MORE : Parse.REFUSED;
        }
        pos += matched;
        String ifNoneMatch = null;
        int hosts = 0;
        while (true) {
            if (pos + 1 >= available) {
                return pos == available || bytes[pos] == '\r' || isTokenByte(bytes[pos]) ? Parse.MORE : Parse.REFUSED;
            }
            if (bytes[pos] == '\r') {
                // the blank line ends the head
                if (bytes[pos + 1] != '\n') {
                    return Parse.REFUSED;
                }
                pos += 2;
                break;
            }
            int nameStart = pos;
            while (pos < available && isTokenByte(bytes[pos])) {
                pos++;
            }
            if (pos == available) {
                return Parse.MORE;
            }
            if (pos == nameStart || bytes[pos] != ':') {
                return Parse.REFUSED;
            }
            int nameEnd = pos++;
            while (pos < available && (bytes[pos] == ' ' || bytes[pos] == '\t')) {
                pos++;
            }
            int valueStart = pos;
            while (pos < available && bytes[pos] != '\r') {
                byte b = bytes[pos];
                if ((b < 0x20 && b != '\t') || b >= 0x7f) {
                    return Parse.REFUSED;
                }
                pos++;
            }
            if (pos + 1 >= available) {
                return Parse.MORE;
            }
            if (bytes[pos + 1] != '\n') {
                return Parse.REFUSED;
            }
            int valueEnd = pos;
            while (valueEnd > valueStart && (bytes[valueEnd - 1] == ' ' || bytes[valueEnd - 1] == '\t')) {
                valueEnd--;
            }
            pos += 2;
            Header header = Header.of(bytes, nameStart, nameEnd);
            if (header.refused()) {
                return Parse.REFUSED;
            }
            switch (header) {
                case HOST -> {
                    if (++hosts > 1 || !isHost(bytes, valueStart, valueEnd)) {
                        return Parse.REFUSED;
                    }
                }
                case IF_NONE_MATCH -> {
                    if (ifNoneMatch != null) {
                        return Parse.REFUSED;
                    }
                    ifNoneMatch = new String(bytes, valueStart, valueEnd - valueStart, StandardCharsets.US_ASCII);
                }
                case CONNECTION -> {
                    if (!equalsIgnoreCase(bytes, valueStart, valueEnd, "keep-alive")) {
                        return Parse.REFUSED;
                    }
                }
                default -> {
                    // not read by the feed
                }
            }
        }
        if (hosts != 1) {
            return Parse.REFUSED;
        }
        String screenId = new String(bytes, idStart, idEnd - idStart, StandardCharsets.US_ASCII);
        return new Parse(new FeedRequest(screenId, head, ifNoneMatch), pos);
    }

    /**
     * How {@code bytes[from, available)} begins with {@code expected}: its length when it does, 0 when the bytes end
     * before it does but match so far, -1 when they differ.
     */
    private static int match(byte[] bytes, int from, int available, byte[] expected) {
        int n = Math.min(expected.length, available - from);
        if (!Arrays.equals(bytes, from, from + n, expected, 0, n)) {
            return -1;
        }
        return n == expected.length ? n : 0;
    }

    /**
     * A Host value of the plainest form only: a name or IPv4 address ({@code [A-Za-z0-9.-]+}) with an optional port
     * of digits. Anything else (empty, user info, a lone colon, an IPv6 literal, whose checks are Helidon's) is
     * Helidon's to judge.
     */
    private static boolean isHost(byte[] bytes, int from, int to) {
        int pos = from;
        while (pos < to && (isAlphaNumeric(bytes[pos]) || bytes[pos] == '.' || bytes[pos] == '-')) {
            pos++;
        }
        if (pos == from) {
            return false;
        }
        if (pos == to) {
            return true;
        }
        if (bytes[pos] != ':' || pos + 1 == to || to - pos > 6) {
            return false;
        }
        for (pos++; pos < to; pos++) {
            if (bytes[pos] < '0' || bytes[pos] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSlugByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-';
    }

    private static boolean isAlphaNumeric(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    /** RFC 9110 tchar. */
    private static boolean isTokenByte(byte b) {
        return isAlphaNumeric(b) || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
    }

    private static boolean equalsIgnoreCase(byte[] bytes, int from, int to, String lowerCase) {
        if (to - from != lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if (Character.toLowerCase(bytes[from + i]) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The request headers the fast path looks at, and what it makes of the rest. */
    private enum Header {
        HOST("host"), IF_NONE_MATCH("if-none-match"), CONNECTION("connection"),
        CONTENT_LENGTH("content-length"), TRANSFER_ENCODING("transfer-encoding"), UPGRADE("upgrade"),
        EXPECT("expect"), TE("te"), TRAILER("trailer"), OTHER("");

        private static final Header[] NAMED = {HOST, IF_NONE_MATCH, CONNECTION, CONTENT_LENGTH, TRANSFER_ENCODING,
            UPGRADE, EXPECT, TE, TRAILER};

        private final String lowerCase;

        Header(String lowerCase) {
            this.lowerCase = lowerCase;
        }

        /** Whether a request with this header is left to Helidon, whatever its value. */
        boolean refused() {
            return this != HOST && this != IF_NONE_MATCH && this != CONNECTION && this != OTHER;
        }

        /** The header named by {@code bytes[from, to)}, in any case; no allocation, as it runs for every header. */
        static Header of(byte[] bytes, int from, int to) {
            for (Header header : NAMED) {
                if (equalsIgnoreCase(bytes, from, to, header.lowerCase)) {
                    return header;
                }
            }
            return OTHER;
        }
    }
}
