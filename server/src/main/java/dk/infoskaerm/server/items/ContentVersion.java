package dk.infoskaerm.server.items;

import dk.infoskaerm.server.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The counter that every committed content change bumps; caches compare it to know when to rebuild. */
public final class ContentVersion {

    private ContentVersion() {
    }

    /** Bumps the counter within an open transaction. */
    public static void bump(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE content_version SET version = version + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    /** The current value. */
    public static long read(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM content_version WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
