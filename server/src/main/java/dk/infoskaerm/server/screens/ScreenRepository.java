package dk.infoskaerm.server.screens;

import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.Orientation;
import dk.infoskaerm.content.Screen;
import dk.infoskaerm.content.json.Json;
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

/** Screens in the database. */
public final class ScreenRepository {

    private static final String COLUMNS = "id, name, area_slug, location, orientation, width, height, opening_hours";

    private final Database db;

    /** A repository on {@code db}. */
    public ScreenRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The screen with {@code id}, if any. */
    public Optional<Screen> find(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM screen WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** All screens, by id. */
    public List<Screen> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM screen ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Screen> screens = new ArrayList<>();
                while (rs.next()) {
                    screens.add(map(rs));
                }
                return screens;
            }
        });
    }

    /** The screens of the area {@code areaSlug}, by id. */
    public List<Screen> inArea(String areaSlug) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM screen WHERE area_slug = ?"
                    + " ORDER BY id")) {
                ps.setString(1, areaSlug);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Screen> screens = new ArrayList<>();
                    while (rs.next()) {
                        screens.add(map(rs));
                    }
                    return screens;
                }
            }
        });
    }

    /** The stored hash of {@code id}'s device token, if the screen exists and has one. */
    public Optional<String> tokenHash(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT token_hash FROM screen WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Whether the screen {@code id} exists, read within an open transaction. */
    public static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM screen WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Sets the device token hash of {@code id} within an open transaction. */
    public static void setTokenHash(Connection c, String id, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE screen SET token_hash = ? WHERE id = ?")) {
            ps.setString(1, hash);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /** Replaces the editable fields of {@code s} within an open content transaction; whether the screen exists. */
    public static boolean update(Connection c, Screen s) throws SQLException {
        touchScreen(c, s.id());
        ContentScope.touch(c, List.of(s.areaSlug()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE screen SET name = ?, area_slug = ?, location = ?,"
                + " orientation = ?, width = ?, height = ?, opening_hours = ? WHERE id = ?")) {
            ps.setString(1, s.name());
            ps.setString(2, s.areaSlug());
            ps.setString(3, s.location());
            ps.setString(4, s.orientation().name());
            ps.setInt(5, s.width());
            ps.setInt(6, s.height());
            ps.setString(7, openingHoursJson(s.openingHours()));
            ps.setString(8, s.id());
            return ps.executeUpdate() > 0;
        }
    }

    /** Deletes the screen {@code id} within an open content transaction; whether it existed. */
    public static boolean delete(Connection c, String id) throws SQLException {
        touchScreen(c, id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM screen_showing WHERE screen_id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM screen WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Inserts a screen within an open content transaction. */
    public static void insert(Connection c, Screen s) throws SQLException {
        ContentScope.touch(c, List.of(s.areaSlug()));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO screen (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.name());
            ps.setString(3, s.areaSlug());
            ps.setString(4, s.location());
            ps.setString(5, s.orientation().name());
            ps.setInt(6, s.width());
            ps.setInt(7, s.height());
            ps.setString(8, openingHoursJson(s.openingHours()));
            ps.executeUpdate();
        }
    }

    /** Records the area the screen {@code id} is in now as touched by the open content transaction. */
    private static void touchScreen(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT area_slug FROM screen WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    ContentScope.touch(c, List.of(rs.getString(1)));
                }
            }
        }
    }

    private static Screen map(ResultSet rs) throws SQLException {
        return new Screen(rs.getString("id"), rs.getString("name"), rs.getString("area_slug"),
                rs.getString("location"), Orientation.valueOf(rs.getString("orientation")),
                rs.getInt("width"), rs.getInt("height"), openingHours(rs.getString("opening_hours")));
    }

    /** Opening hours as stored: JSON, or null for always open. */
    static String openingHoursJson(OpeningHours hours) {
        return hours == null || hours.periods().isEmpty() ? null
                : new String(Json.write(hours), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static OpeningHours openingHours(String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return OpeningHours.ALWAYS;
        }
        try {
            return Json.mapper().readValue(json, OpeningHours.class);
        } catch (java.io.IOException e) {
            throw new SQLException("stored opening hours are not valid JSON: " + json, e);
        }
    }
}
