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

    /** One entry. {@code actorId} is null for the system itself. */
    public record Event(String id, Instant at, String actorId, String actorName, String action, String targetType,
                        String targetId, String detail) {
    }

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
        String sql = "SELECT * FROM audit_event" + (targetId == null ? "" : " WHERE target_id = ?")
                + " ORDER BY occurred_at DESC, id";
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
                                rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail")));
                    }
                    return events;
                }
            }
        });
    }
}
