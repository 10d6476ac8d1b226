package dk.infoskaerm.server.areas;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.server.db.ContentScope;
import dk.infoskaerm.server.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Areas (lokalområder) in the database, in the order the municipality lists them. */
public final class AreaRepository {

    private final Database db;

    /** A repository on {@code db}. */
    public AreaRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** All areas, in their listed order. */
    public List<Area> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT slug, name FROM area ORDER BY position, slug");
                 ResultSet rs = ps.executeQuery()) {
                List<Area> areas = new ArrayList<>();
                while (rs.next()) {
                    areas.add(new Area(rs.getString("slug"), rs.getString("name")));
                }
                return areas;
            }
        });
    }

    /** The area with {@code slug}, if any. */
    public Optional<Area> find(String slug) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT slug, name FROM area WHERE slug = ?")) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Area(rs.getString("slug"), rs.getString("name"))) : Optional.empty();
                }
            }
        });
    }

    /** Whether there are no areas yet (a first start). */
    public boolean isEmpty() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM area");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    /** Renames an area within an open content transaction (its slug stays, so links keep working). */
    public static void rename(Connection c, Area area) throws SQLException {
        ContentScope.touch(c, List.of(area.slug()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE area SET name = ? WHERE slug = ?")) {
            ps.setString(1, area.name());
            ps.setString(2, area.slug());
            ps.executeUpdate();
        }
    }

    /**
     * Inserts an area after the others within an open content transaction; false, and nothing written, when one
     * with its slug exists.
     */
    public static boolean insert(Connection c, Area area) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN slug = ? THEN 1 ELSE 0 END) FROM area")) {
            ps.setString(1, area.slug());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(2) > 0) {
                    return false;
                }
                insert(c, area, rs.getInt(1));
                return true;
            }
        }
    }

    /** Inserts an area at {@code position} within an open content transaction. */
    public static void insert(Connection c, Area area, int position) throws SQLException {
        ContentScope.touch(c, List.of(area.slug()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO area (slug, name, position) VALUES (?, ?, ?)")) {
            ps.setString(1, area.slug());
            ps.setString(2, area.name());
            ps.setInt(3, position);
            ps.executeUpdate();
        }
    }
}
