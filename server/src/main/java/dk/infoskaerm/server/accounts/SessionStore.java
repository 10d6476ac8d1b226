package dk.infoskaerm.server.accounts;

import dk.infoskaerm.content.Hashes;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.db.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Server-side sessions in the database, so several instances share them. The cookie carries a random 256-bit id;
 * the table keeps only its SHA-256, so a copy of the database does not give anyone a session.
 */
final class SessionStore {

    /** How seldom the last-seen time is written, so every request is not a write. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final AccountRepository accounts;
    private final Duration idle;
    private final Duration absolute;
    private final Clock clock;

    SessionStore(Database db, AccountRepository accounts, Duration idle, Duration absolute, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.idle = idle;
        this.absolute = absolute;
        this.clock = clock;
    }

    /** A new session: the cookie value and its CSRF token. */
    record NewSession(String id, String csrfToken) {
    }

    Duration absolute() {
        return absolute;
    }

    NewSession create(String accountId) {
        String id = Ids.secret(32);
        String csrf = Ids.secret(32);
        Instant now = clock.instant();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_session (id_hash, account_id, csrf_token,"
                    + " created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, hash(id));
                ps.setString(2, accountId);
                ps.setString(3, csrf);
                Sql.setInstant(ps, 4, now);
                Sql.setInstant(ps, 5, now);
                Sql.setInstant(ps, 6, now.plus(absolute));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_session WHERE expires_at < ?")) {
                Sql.setInstant(ps, 1, now);
                ps.executeUpdate();
            }
            return null;
        });
        return new NewSession(id, csrf);
    }

    /** The live session with cookie value {@code id} and its (enabled) account; touches its last-seen time. */
    Optional<Caller> find(String id) {
        if (id == null || id.length() != 43) {
            return Optional.empty();
        }
        String hash = hash(id);
        Instant now = clock.instant();
        record Row(String accountId, String csrf, Instant lastSeen, Instant expires) {
        }
        Optional<Row> row = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT account_id, csrf_token, last_seen_at, expires_at"
                    + " FROM user_session WHERE id_hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(rs.getString(1), rs.getString(2),
                            Sql.getInstant(rs, "last_seen_at"), Sql.getInstant(rs, "expires_at"))) : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        if (!now.isBefore(r.expires()) || !now.isBefore(r.lastSeen().plus(idle))) {
            delete(hash);
            return Optional.empty();
        }
        Optional<Account> account = accounts.findById(r.accountId()).filter(a -> !a.disabled());
        if (account.isEmpty()) {
            delete(hash);
            return Optional.empty();
        }
        if (now.isAfter(r.lastSeen().plus(TOUCH_EVERY))) {
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE user_session SET last_seen_at = ? WHERE id_hash = ?")) {
                    Sql.setInstant(ps, 1, now);
                    ps.setString(2, hash);
                    return ps.executeUpdate();
                }
            });
        }
        return Optional.of(new Caller(account.get(), hash, r.csrf()));
    }

    void delete(String idHash) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_session WHERE id_hash = ?")) {
                ps.setString(1, idHash);
                return ps.executeUpdate();
            }
        });
    }

    /** Ends every session of {@code accountId} except {@code keepHash} (may be null). */
    void deleteAllOf(String accountId, String keepHash) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM user_session WHERE account_id = ? AND id_hash <> ?")) {
                ps.setString(1, accountId);
                ps.setString(2, keepHash == null ? "" : keepHash);
                return ps.executeUpdate();
            }
        });
    }

    static String hash(String id) {
        return Hashes.sha256Hex(id);
    }
}
