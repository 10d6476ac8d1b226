package dk.infoskaerm.server.sources;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.importers.Selectors;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.items.ItemRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Sources and their health in the database; replacing a source's items bumps the content version. */
final class SourceRepository {

    private static final int MAX_STORED_PROBLEMS = 10;
    private static final int MAX_ERROR_CHARS = 2000;

    private final Database db;

    SourceRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Every source, by id. */
    List<StoredSource> list() {
        return db.read(c -> select(c, null));
    }

    /** The source with {@code id}, if any. */
    Optional<StoredSource> find(String id) {
        return db.read(c -> select(c, id)).stream().findFirst();
    }

    /** Adds {@code source}, due at {@code nextPoll}, logged as done {@code by} (null: the system); false if the id is taken. */
    boolean insert(Source source, Instant nextPoll, Caller by) {
        return db.inTransaction(c -> {
            if (exists(c, source.id())) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO source (id, name, kind, format, url, "
                    + "poll_minutes, selector_item, selector_title, selector_date, selector_location, selector_link, "
                    + "selector_summary, enabled, item_count, problem_count, consecutive_failures, next_poll) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")) {
                int i = bindSettings(ps, source);
                Sql.setInstant(ps, i, millis(nextPoll));
                ps.executeUpdate();
            }
            insertAreas(c, source);
            audit(c, by, "created", source.id(), source.name() + " (" + source.url() + ")");
            return true;
        });
    }

    /**
     * Replaces the settings of {@code source}, due at {@code nextPoll}; forgets the ETag and Last-Modified, so the
     * next poll reads the whole body again with the new settings. False when there is no such source.
     */
    boolean update(Source source, Instant nextPoll, Caller by) {
        return db.inTransaction(c -> {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET id = ?, name = ?, kind = ?, format = ?, "
                    + "url = ?, poll_minutes = ?, selector_item = ?, selector_title = ?, selector_date = ?, "
                    + "selector_location = ?, selector_link = ?, selector_summary = ?, enabled = ?, next_poll = ?, "
                    + "etag = NULL, last_modified = NULL WHERE id = ?")) {
                int i = bindSettings(ps, source);
                Sql.setInstant(ps, i, millis(nextPoll));
                ps.setString(i + 1, source.id());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM source_area WHERE source_id = ?")) {
                ps.setString(1, source.id());
                ps.executeUpdate();
            }
            insertAreas(c, source);
            audit(c, by, "changed", source.id(), source.name() + " (" + source.url() + ")");
            return true;
        });
    }

    private static void audit(Connection c, Caller by, String action, String id, String detail) throws SQLException {
        AuditLog.record(c, by == null ? null : by.id(), by == null ? "system" : by.name(), action, "source", id, detail);
    }

    /** Deletes the source with {@code id} and its items; false when there was none. */
    boolean delete(String id, Caller by) {
        return db.inContentTransaction(c -> {
            if (!exists(c, id)) {
                return false;
            }
            ItemRepository.deleteOfSource(c, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM source WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            audit(c, by, "deleted", id, "");
            return true;
        });
    }

    /** Enabled sources due at {@code now}: id and the next_poll value to claim them with. */
    Map<String, Instant> due(Instant now) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, next_poll FROM source WHERE enabled = TRUE AND next_poll <= ? ORDER BY next_poll, id")) {
                Sql.setInstant(ps, 1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, Instant> due = new LinkedHashMap<>();
                    while (rs.next()) {
                        due.put(rs.getString("id"), Sql.getInstant(rs, "next_poll"));
                    }
                    return due;
                }
            }
        });
    }

    /**
     * Claims a due source for this instance by moving its next poll from {@code seen} to {@code lease}; false when
     * another instance (or an edit) moved it first.
     */
    boolean claim(String id, Instant seen, Instant lease) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET next_poll = ? WHERE id = ? AND next_poll = ?")) {
                Sql.setInstant(ps, 1, millis(lease));
                ps.setString(2, id);
                Sql.setInstant(ps, 3, seen);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Records a poll answered 304: the items stay, the source is healthy. */
    void recordNotModified(String id, Instant now, Instant nextPoll, String etag, String lastModified) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET last_attempt = ?, last_success = ?, "
                    + "last_error = NULL, consecutive_failures = 0, next_poll = ?, etag = ?, last_modified = ? WHERE id = ?")) {
                Sql.setInstant(ps, 1, millis(now));
                Sql.setInstant(ps, 2, millis(now));
                Sql.setInstant(ps, 3, millis(nextPoll));
                ps.setString(4, etag);
                ps.setString(5, lastModified);
                ps.setString(6, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Records a failed poll; the items of the last good import stay. */
    void recordFailure(String id, Instant now, String error, int failures, Instant nextPoll) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET last_attempt = ?, last_error = ?, "
                    + "consecutive_failures = ?, next_poll = ? WHERE id = ?")) {
                Sql.setInstant(ps, 1, millis(now));
                ps.setString(2, truncate(error, MAX_ERROR_CHARS));
                ps.setInt(3, failures);
                Sql.setInstant(ps, 4, millis(nextPoll));
                ps.setString(5, id);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Replaces the items of source {@code id} with {@code items} in one transaction (items no longer in the source
     * are deleted, the others inserted or updated), records the success and bumps the content version.
     *
     * @return the number of items stored
     */
    int replaceItems(String id, List<Item> items, List<String> problems, String etag, String lastModified,
                     Instant now, Instant nextPoll) {
        return db.inContentTransaction(c -> {
            Set<String> stale = itemIds(c, id);
            Map<String, Item> unique = new LinkedHashMap<>();
            for (Item item : items) {
                if (!item.sourceId().equals(id)) {
                    throw new IllegalArgumentException("item " + item.id() + " is not from source " + id);
                }
                unique.put(item.id(), item);
            }
            stale.removeAll(unique.keySet());
            for (String itemId : stale) {
                ItemRepository.delete(c, itemId);
            }
            for (Item item : unique.values()) {
                ItemRepository.upsert(c, item, now);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET last_attempt = ?, last_success = ?, "
                    + "last_error = NULL, item_count = ?, problem_count = ?, problems = ?, consecutive_failures = 0, "
                    + "next_poll = ?, etag = ?, last_modified = ? WHERE id = ?")) {
                Sql.setInstant(ps, 1, millis(now));
                Sql.setInstant(ps, 2, millis(now));
                ps.setInt(3, unique.size());
                ps.setInt(4, problems.size());
                ps.setString(5, problems.isEmpty() ? null
                        : truncate(String.join("\n", problems.subList(0, Math.min(MAX_STORED_PROBLEMS, problems.size()))), 4000));
                Sql.setInstant(ps, 6, millis(nextPoll));
                ps.setString(7, etag);
                ps.setString(8, lastModified);
                ps.setString(9, id);
                ps.executeUpdate();
            }
            return unique.size();
        });
    }

    private static Set<String> itemIds(Connection c, String sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM item WHERE source_id = ?")) {
            ps.setString(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                Set<String> ids = new HashSet<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM source WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int bindSettings(PreparedStatement ps, Source s) throws SQLException {
        ps.setString(1, s.id());
        ps.setString(2, s.name());
        ps.setString(3, s.kind().wireName());
        ps.setString(4, s.format());
        ps.setString(5, s.url());
        ps.setInt(6, s.pollMinutes());
        Selectors sel = s.selectors();
        ps.setString(7, sel == null ? null : sel.item());
        ps.setString(8, sel == null ? null : sel.title());
        ps.setString(9, sel == null ? null : sel.date());
        ps.setString(10, sel == null ? null : sel.location());
        ps.setString(11, sel == null ? null : sel.link());
        ps.setString(12, sel == null ? null : sel.summary());
        ps.setBoolean(13, s.enabled());
        return 14;
    }

    private static void insertAreas(Connection c, Source source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_area (source_id, area_slug) VALUES (?, ?)")) {
            for (String area : source.areas()) {
                ps.setString(1, source.id());
                ps.setString(2, area);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<StoredSource> select(Connection c, String idOrNull) throws SQLException {
        String where = idOrNull == null ? "" : " WHERE id = ?";
        Map<String, Set<String>> areas = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source_id, area_slug FROM source_area"
                + (idOrNull == null ? "" : " WHERE source_id = ?"))) {
            if (idOrNull != null) {
                ps.setString(1, idOrNull);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    areas.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source" + where + " ORDER BY id")) {
            if (idOrNull != null) {
                ps.setString(1, idOrNull);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<StoredSource> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs, areas.getOrDefault(rs.getString("id"), Set.of())));
                }
                return out;
            }
        }
    }

    private static StoredSource row(ResultSet rs, Set<String> areas) throws SQLException {
        String item = rs.getString("selector_item");
        Selectors selectors = item == null ? null : new Selectors(item, rs.getString("selector_title"),
                rs.getString("selector_date"), rs.getString("selector_location"), rs.getString("selector_link"),
                rs.getString("selector_summary"));
        Source source = new Source(rs.getString("id"), rs.getString("name"), ItemKind.fromWire(rs.getString("kind")),
                rs.getString("format"), rs.getString("url"), areas, rs.getInt("poll_minutes"), selectors,
                rs.getBoolean("enabled"));
        String problems = rs.getString("problems");
        SourceHealth health = new SourceHealth(Sql.getInstant(rs, "last_attempt"), Sql.getInstant(rs, "last_success"),
                rs.getString("last_error"), rs.getInt("item_count"), rs.getInt("problem_count"),
                problems == null ? List.of() : Arrays.asList(problems.split("\n")),
                rs.getInt("consecutive_failures"), Sql.getInstant(rs, "next_poll"));
        return new StoredSource(source, health, rs.getString("etag"), rs.getString("last_modified"));
    }

    // Both databases keep at least milliseconds, so a value written this way reads back equal for the claim.
    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
