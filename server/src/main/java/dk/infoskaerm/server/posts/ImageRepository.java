package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Re-encoded images in the database (so every instance sharing it can serve them). */
public final class ImageRepository {

    private ImageRepository() {
    }

    static Optional<Posts.ImageFacts> facts(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT content_type, OCTET_LENGTH(content) FROM image WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Posts.ImageFacts(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }

    static Optional<Images.Processed> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT content_type, content, width, height FROM image WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Images.Processed(rs.getString(1), rs.getBytes(2), rs.getInt(3),
                        rs.getInt(4))) : Optional.empty();
            }
        }
    }

    /**
     * Stores {@code upload} (JPEG, PNG or WebP) under {@code id}, processed as a volunteer's upload is: checked,
     * scaled and re-encoded; for pictures that come with the seed file. Throws {@code ApiException} for no picture.
     */
    public static void insertUpload(Connection c, String id, byte[] upload, String by, Instant now)
            throws SQLException {
        insert(c, id, Images.process(upload), by, now);
    }

    static void insert(Connection c, String id, Images.Processed image, String by, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO image (id, content_type, width, height, content,"
                + " uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, image.contentType());
            ps.setInt(3, image.width());
            ps.setInt(4, image.height());
            ps.setBytes(5, image.bytes());
            ps.setString(6, by);
            Sql.setInstant(ps, 7, now);
            ps.executeUpdate();
        }
    }

    /** Deletes the image with {@code id}; null is allowed and does nothing. */
    /** Deletes the image {@code id}, if stored. */
    public static void delete(Connection c, String id) throws SQLException {
        if (id == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM image WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }
}
