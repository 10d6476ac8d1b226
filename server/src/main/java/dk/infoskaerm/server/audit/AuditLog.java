package dk.infoskaerm.server.audit;

import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Who created, changed, approved, rejected or deleted what, and when; written in the transaction of the change. */
public final class AuditLog {

    private final Database db;

    /** A log on {@code db}. */
    public AuditLog(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * One entry. {@code actorId} is null for the system itself; {@code targetName} is what the target is called now
     * (a post's title, a user's name, a screen's name …), or null when it is gone.
     */
    public record Event(String id, Instant at, String actorId, String actorName, String action, String targetType,
                        String targetId, String targetName, String detail) {
    }

    /** What the log calls its targets, so that the page reads names, not ids. */
    private static final String TARGET_NAME = "COALESCE(p.title, m.title, ac.username, sc.name, so.name, ar.name,"
            + " um.message) AS target_name";
    private static final String TARGETS = " LEFT JOIN post p ON e.target_type = 'post' AND p.id = e.target_id"
            + " LEFT JOIN hand_meeting m ON e.target_type = 'meeting' AND m.id = e.target_id"
            + " LEFT JOIN account ac ON e.target_type = 'account' AND ac.id = e.target_id"
            + " LEFT JOIN screen sc ON e.target_type = 'screen' AND sc.id = e.target_id"
            + " LEFT JOIN source so ON e.target_type = 'source' AND so.id = e.target_id"
            + " LEFT JOIN area ar ON e.target_type IN ('area', 'area-moderation') AND ar.slug = e.target_id"
            + " LEFT JOIN urgent_message um ON e.target_type = 'urgent' AND um.id = e.target_id";

    /** Records an event within the open transaction {@code c}. */
    public static void record(Connection c, String actorId, String actorName, String action, String targetType,
                              String targetId, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor_id, actor_name,"
                + " action, target_type, target_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, Ids.newId());
            Sql.setInstant(ps, 2, Instant.now());
            ps.setString(3, actorId);
            ps.setString(4, actorName);
            ps.setString(5, action);
            ps.setString(6, targetType);
            ps.setString(7, targetId);
            ps.setString(8, detail.length() > 1000 ? detail.substring(0, 1000) : detail);
            ps.executeUpdate();
        }
    }

    /** The newest {@code limit} events, newest first, optionally only those about {@code targetId}. */
    public List<Event> latest(int limit, String targetId) {
        String sql = "SELECT e.*, " + TARGET_NAME + " FROM audit_event e" + TARGETS
                + (targetId == null ? "" : " WHERE e.target_id = ?") + " ORDER BY e.occurred_at DESC, e.id";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setMaxRows(limit);
                if (targetId != null) {
                    ps.setString(1, targetId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Event> events = new ArrayList<>();
                    while (rs.next()) {
                        events.add(new Event(rs.getString("id"), Sql.getInstant(rs, "occurred_at"),
                                rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("action"),
                                rs.getString("target_type"), rs.getString("target_id"), rs.getString("target_name"),
                                rs.getString("detail")));
                    }
                    return events;
                }
            }
        });
    }
}
