package dk.infoskaerm.server.accounts;

import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts and their areas in the database. */
final class AccountRepository {

    private final Database db;

    AccountRepository(Database db) {
        this.db = db;
    }

    /** An account with its password hash. */
    record Stored(Account account, String passwordHash) {
    }

    Optional<Stored> findByUsername(String username) {
        return db.read(c -> find(c, "username", username));
    }

    Optional<Account> findById(String id) {
        return db.read(c -> find(c, "id", id)).map(Stored::account);
    }

    static Optional<Stored> find(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM account WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String id = rs.getString("id");
                Map<String, Boolean> areas = areasOf(c, List.of(id)).getOrDefault(id, Map.of());
                return Optional.of(new Stored(map(rs, areas), rs.getString("password_hash")));
            }
        }
    }

    List<Account> list() {
        return db.read(c -> {
            List<Stored> rows = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM account ORDER BY username");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString("id"));
                    rows.add(new Stored(map(rs, Map.of()), ""));
                }
            }
            Map<String, Map<String, Boolean>> areas = areasOf(c, ids);
            List<Account> accounts = new ArrayList<>();
            for (Stored row : rows) {
                Account a = row.account();
                Map<String, Boolean> mine = areas.getOrDefault(a.id(), Map.of());
                accounts.add(new Account(a.id(), a.username(), a.displayName(), a.role(), mine.keySet(),
                        trusted(mine), a.mustChangePassword(), a.disabled()));
            }
            return accounts;
        });
    }

    boolean anyAdmin() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM account WHERE role = 'admin'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    static void insert(Connection c, Account a, String passwordHash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (id, username, display_name, role,"
                + " password_hash, must_change_password, disabled, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.username());
            ps.setString(3, a.displayName());
            ps.setString(4, a.role().wireName());
            ps.setString(5, passwordHash);
            ps.setBoolean(6, a.mustChangePassword());
            ps.setBoolean(7, a.disabled());
            Sql.setInstant(ps, 8, now);
            Sql.setInstant(ps, 9, now);
            ps.executeUpdate();
        }
        writeAreas(c, a);
    }

    static void update(Connection c, Account a, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE account SET display_name = ?, role = ?,"
                + " must_change_password = ?, disabled = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, a.displayName());
            ps.setString(2, a.role().wireName());
            ps.setBoolean(3, a.mustChangePassword());
            ps.setBoolean(4, a.disabled());
            Sql.setInstant(ps, 5, now);
            ps.setString(6, a.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM account_area WHERE account_id = ?")) {
            ps.setString(1, a.id());
            ps.executeUpdate();
        }
        writeAreas(c, a);
    }

    static void setPassword(Connection c, String id, String hash, boolean mustChange, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE account SET password_hash = ?, must_change_password = ?,"
                + " updated_at = ? WHERE id = ?")) {
            ps.setString(1, hash);
            ps.setBoolean(2, mustChange);
            Sql.setInstant(ps, 3, now);
            ps.setString(4, id);
            ps.executeUpdate();
        }
    }

    private static void writeAreas(Connection c, Account a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO account_area (account_id, area_slug, trusted) VALUES (?, ?, ?)")) {
            for (String area : a.areas()) {
                ps.setString(1, a.id());
                ps.setString(2, area);
                ps.setBoolean(3, a.trustedAreas().contains(area));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, Map<String, Boolean>> areasOf(Connection c, List<String> ids) throws SQLException {
        Map<String, Map<String, Boolean>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Set<String> wanted = new HashSet<>(ids);
        boolean one = ids.size() == 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT account_id, area_slug, trusted FROM account_area"
                + (one ? " WHERE account_id = ?" : ""))) {
            if (one) {
                ps.setString(1, ids.getFirst());
            }
            collect(ps, wanted, result);
        }
        return result;
    }

    private static void collect(PreparedStatement ps, Set<String> wanted, Map<String, Map<String, Boolean>> result)
            throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (wanted.contains(rs.getString(1))) {
                    result.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3));
                }
            }
        }
    }

    private static Account map(ResultSet rs, Map<String, Boolean> areas) throws SQLException {
        return new Account(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
                Role.fromWire(rs.getString("role")), areas.keySet(), trusted(areas),
                rs.getBoolean("must_change_password"), rs.getBoolean("disabled"));
    }

    private static Set<String> trusted(Map<String, Boolean> areas) {
        Set<String> trusted = new HashSet<>();
        areas.forEach((area, t) -> {
            if (t) {
                trusted.add(area);
            }
        });
        return trusted;
    }
}
