package dk.infoskaerm.server.db;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random identifiers made by the application, so inserts need no database-specific sequences. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A new 128-bit id as 32 lower-case hex characters. */
    public static String newId() {
        return HexFormat.of().formatHex(randomBytes(16));
    }

    /** A new secret of {@code bytes} random bytes, URL-safe base64 without padding. */
    public static String secret(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
