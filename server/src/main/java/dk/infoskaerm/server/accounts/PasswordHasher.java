package dk.infoskaerm.server.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/**
 * Password hashes with bcrypt from {@code at.favre.lib:bcrypt}: a small, maintained, dependency-light library
 * with a verified implementation; bcrypt needs no tuning beyond the cost, and its 72-byte input limit is handled
 * by refusing longer passwords (see {@link #MAX_BYTES}) rather than truncating them silently.
 */
final class PasswordHasher {

    /** Longest password in UTF-8 bytes that bcrypt uses in full. */
    static final int MAX_BYTES = 72;

    private final int cost;
    private final BCrypt.Hasher hasher;
    private final BCrypt.Verifyer verifyer;

    PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("infoskaerm.accounts.bcrypt-cost must be 4..31: " + cost);
        }
        this.cost = cost;
        this.hasher = BCrypt.with(BCrypt.Version.VERSION_2B, LongPasswordStrategies.strict(BCrypt.Version.VERSION_2B));
        this.verifyer = BCrypt.verifyer(BCrypt.Version.VERSION_2B, LongPasswordStrategies.strict(BCrypt.Version.VERSION_2B));
    }

    String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return verifyer.verify(password.toCharArray(), hash.toCharArray()).verified;
    }

    /** A hash of a random password, so checking an unknown user costs as much as checking a known one. */
    String dummyHash() {
        return hash("dummy-" + System.nanoTime());
    }
}
