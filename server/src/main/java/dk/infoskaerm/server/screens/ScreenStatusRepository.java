package dk.infoskaerm.server.screens;

import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What screens last reported in their heartbeats. */
public final class ScreenStatusRepository {

    private final Database db;

    /** A repository on {@code db}. */
    public ScreenStatusRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Records a heartbeat; a null screenshot keeps the last one. */
    public void record(String screenId, Heartbeat beat, byte[] screenshot, Instant at) {
        db.inTransaction(c -> {
            String update = "UPDATE screen_status SET last_seen = ?, client_version = ?, showing = ?, uptime_seconds = ?"
                    + (screenshot == null ? "" : ", screenshot = ?, screenshot_at = ?") + " WHERE screen_id = ?";
            int updated;
            try (PreparedStatement ps = c.prepareStatement(update)) {
                int i = bindCommon(ps, beat, at);
                if (screenshot != null) {
                    ps.setBytes(i++, screenshot);
                    Sql.setInstant(ps, i++, at);
                }
                ps.setString(i, screenId);
                updated = ps.executeUpdate();
            }
            if (beat.showing().startsWith("urgent:")) {
                confirmShowing(c, screenId, beat.showing(), at);
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO screen_status (last_seen, client_version,"
                        + " showing, uptime_seconds, screenshot, screenshot_at, screen_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    int i = bindCommon(ps, beat, at);
                    ps.setBytes(i++, screenshot);
                    Sql.setInstant(ps, i++, screenshot == null ? null : at);
                    ps.setString(i, screenId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The last report of {@code screenId}, if it ever reported. */
    public Optional<Status> find(String screenId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seen, client_version, showing, uptime_seconds,"
                    + " screenshot_at FROM screen_status WHERE screen_id = ?")) {
                ps.setString(1, screenId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Status(Sql.getInstant(rs, "last_seen"),
                            new Heartbeat(rs.getString("client_version"), rs.getString("showing"),
                                    rs.getLong("uptime_seconds"), null),
                            Sql.getInstant(rs, "screenshot_at"))) : Optional.empty();
                }
            }
        });
    }

    /** The latest screenshot of {@code screenId}, a PNG, if any. */
    public Optional<byte[]> screenshot(String screenId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT screenshot FROM screen_status WHERE screen_id = ?")) {
                ps.setString(1, screenId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** Records that the screen confirmed showing {@code itemId} (read by the urgent-message API). */
    private static void confirmShowing(java.sql.Connection c, String screenId, String itemId, Instant at)
            throws java.sql.SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE screen_showing SET confirmed_at = ? WHERE screen_id = ? AND item_id = ?")) {
            Sql.setInstant(up, 1, at);
            up.setString(2, screenId);
            up.setString(3, itemId);
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement(
                "INSERT INTO screen_showing (screen_id, item_id, confirmed_at) VALUES (?, ?, ?)")) {
            in.setString(1, screenId);
            in.setString(2, itemId);
            Sql.setInstant(in, 3, at);
            in.executeUpdate();
        }
    }

    private static int bindCommon(PreparedStatement ps, Heartbeat beat, Instant at) throws java.sql.SQLException {
        Sql.setInstant(ps, 1, at);
        ps.setString(2, beat.clientVersion());
        ps.setString(3, beat.showing());
        ps.setLong(4, beat.uptimeSeconds());
        return 5;
    }

    /**
     * A screen's last report.
     *
     * @param lastSeen when it arrived
     * @param heartbeat what it said (without the screenshot)
     * @param screenshotAt when the stored screenshot arrived, or null
     */
    public record Status(Instant lastSeen, Heartbeat heartbeat, Instant screenshotAt) {
    }
}
