package dk.infoskaerm.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The content version and the log of changes behind it, read by every instance to know which feeds to rebuild. */
final class ContentLog {

    /** Changes kept in the log; an instance that falls further behind rebuilds every feed. */
    private static final long KEPT = 10_000;
    private static final int MAX_AREAS_TEXT = 4000;

    private ContentLog() {
    }

    /** Bumps the version within the open transaction (the row lock orders concurrent changes) and logs the scope. */
    static ContentChange append(Connection c, ContentScope scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE content_version SET version = version + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
        long version = current(c);
        String areas = String.join(",", scope.areas());
        boolean all = scope.allAreas() || areas.length() > MAX_AREAS_TEXT;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO content_change (version, all_areas, areas, changed_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, version);
            ps.setBoolean(2, all);
            ps.setString(3, all ? "" : areas);
            Sql.setInstant(ps, 4, Instant.now());
            ps.executeUpdate();
        }
        if (version % 1000 == 0) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM content_change WHERE version <= ?")) {
                ps.setLong(1, version - KEPT);
                ps.executeUpdate();
            }
        }
        return new ContentChange(version, all, all ? Set.of() : scope.areas());
    }

    /** The current content version. */
    static long current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM content_version WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The changes after version {@code after} up to {@code upTo}, oldest first. */
    static List<ContentChange> between(Connection c, long after, long upTo) throws SQLException {
        List<ContentChange> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, all_areas, areas FROM content_change"
                + " WHERE version > ? AND version <= ? ORDER BY version")) {
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String areas = rs.getString(3);
                    changes.add(new ContentChange(rs.getLong(1), rs.getBoolean(2),
                            areas.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(areas.split(",")))));
                }
            }
        }
        return changes;
    }
}
