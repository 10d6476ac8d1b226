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
     * The request in {@code bytes[0, length)}, a whole request head ending in an empty line, or null when the fast
     * path must leave it to Helidon: any other method, path or version, a query, a body, a header that is not plain
     * printable ASCII on one CRLF-ended line, no Host, several or an odd one, several If-None-Match, and Connection,
     * Upgrade, Expect, TE, Trailer, Content-Length or Transfer-Encoding (but {@code Connection: keep-alive}).
     * {@code prefix} is the path up to the screen id, {@code "/api/v1/screens/"}.
     */
    static FeedRequest parse(byte[] bytes, int length, byte[] prefix) {
        int pos;
        boolean head;
        if (startsWith(bytes, 0, length, GET)) {
            pos = GET.length;
            head = false;
        } else if (startsWith(bytes, 0, length, HEAD)) {
            pos = HEAD.length;
            head = true;
        } else {
            return null;
        }
        if (!startsWith(bytes, pos, length, prefix)) {
            return null;
        }
        pos += prefix.length;
        int idStart = pos;
        while (pos < length && pos - idStart <= MAX_ID && isSlugByte(bytes[pos])) {
            pos++;
        }
        int idEnd = pos;
        if (idEnd == idStart || idEnd - idStart > MAX_ID || !startsWith(bytes, pos, length, SUFFIX)) {
            return null;
        }
        pos += SUFFIX.length;
        String ifNoneMatch = null;
        int hosts = 0;
        while (true) {
            if (pos + 1 >= length) {
                return null;
            }
            if (bytes[pos] == '\r') {
                // the blank line ends the head, and must be its last two bytes
                if (bytes[pos + 1] != '\n' || pos + 2 != length) {
                    return null;
                }
                break;
            }
            int nameStart = pos;
            while (pos < length && isTokenByte(bytes[pos])) {
                pos++;
            }
            if (pos == nameStart || pos >= length || bytes[pos] != ':') {
                return null;
            }
            int nameEnd = pos++;
            while (pos < length && (bytes[pos] == ' ' || bytes[pos] == '\t')) {
                pos++;
            }
            int valueStart = pos;
            while (pos < length && bytes[pos] != '\r') {
                byte b = bytes[pos];
                if ((b < 0x20 && b != '\t') || b >= 0x7f) {
                    return null;
                }
                pos++;
            }
            if (pos + 1 >= length || bytes[pos + 1] != '\n') {
                return null;
            }
            int valueEnd = pos;
            while (valueEnd > valueStart && (bytes[valueEnd - 1] == ' ' || bytes[valueEnd - 1] == '\t')) {
                valueEnd--;
            }
            pos += 2;
            Header header = Header.of(bytes, nameStart, nameEnd);
            if (header.refused()) {
                return null;
            }
            switch (header) {
                case HOST -> {
                    if (++hosts > 1 || !isHost(bytes, valueStart, valueEnd)) {
                        return null;
                    }
                }
                case IF_NONE_MATCH -> {
                    if (ifNoneMatch != null) {
                        return null;
                    }
                    ifNoneMatch = new String(bytes, valueStart, valueEnd - valueStart, StandardCharsets.US_ASCII);
                }
                case CONNECTION -> {
                    if (!equalsIgnoreCase(bytes, valueStart, valueEnd, "keep-alive")) {
                        return null;
                    }
                }
                default -> {
                    // not read by the feed
                }
            }
        }
        if (hosts != 1) {
            return null;
        }
        return new FeedRequest(new String(bytes, idStart, idEnd - idStart, StandardCharsets.US_ASCII), head,
                ifNoneMatch);
    }

    /**
     * A Host value of the plainest forms only: a name or IPv4 address ({@code [A-Za-z0-9.-]+}) or a bracketed IPv6
     * address, with an optional port of digits. Anything else (empty, user info, a lone colon, half brackets) is
     * Helidon's to judge.
     */
    private static boolean isHost(byte[] bytes, int from, int to) {
        int pos = from;
        if (pos < to && bytes[pos] == '[') {
            pos++;
            int start = pos;
            while (pos < to && (isHexDigit(bytes[pos]) || bytes[pos] == ':' || bytes[pos] == '.')) {
                pos++;
            }
            if (pos == start || pos >= to || bytes[pos] != ']') {
                return false;
            }
            pos++;
        } else {
            int start = pos;
            while (pos < to && (isAlphaNumeric(bytes[pos]) || bytes[pos] == '.' || bytes[pos] == '-')) {
                pos++;
            }
            if (pos == start) {
                return false;
            }
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

    private static boolean startsWith(byte[] bytes, int from, int length, byte[] expected) {
        return length - from >= expected.length
                && Arrays.equals(bytes, from, from + expected.length, expected, 0, expected.length);
    }

    private static boolean isSlugByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-';
    }

    private static boolean isAlphaNumeric(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    private static boolean isHexDigit(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
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
