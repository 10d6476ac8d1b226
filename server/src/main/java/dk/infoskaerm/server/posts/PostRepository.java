package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.items.ItemRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Posts in the database, and the item each published post is mirrored as. All within a caller's transaction. */
final class PostRepository {

    private static final String SELECT = "SELECT p.*, a.username AS author_name, i.id AS item_id FROM post p"
            + " JOIN account a ON a.id = p.author_id LEFT JOIN item i ON i.id = 'post:' || p.id";

    private PostRepository() {
    }

    static Optional<Post> find(Connection c, String id) throws SQLException {
        List<Post> posts = query(c, SELECT + " WHERE p.id = ?", id);
        return posts.isEmpty() ? Optional.empty() : Optional.of(posts.getFirst());
    }

    /** The post {@code authorId} made with {@code clientKey}, if any. */
    static Optional<Post> findByClientKey(Connection c, String authorId, String clientKey) throws SQLException {
        List<Post> posts = query(c, SELECT + " WHERE p.author_id = ? AND p.client_key = ?", authorId, clientKey);
        return posts.isEmpty() ? Optional.empty() : Optional.of(posts.getFirst());
    }

    /** Records the key the page made for a new post; null leaves none. */
    static void setClientKey(Connection c, String id, String clientKey) throws SQLException {
        if (clientKey == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE post SET client_key = ? WHERE id = ?")) {
            ps.setString(1, clientKey);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    static List<Post> all(Connection c) throws SQLException {
        return query(c, SELECT + " ORDER BY p.created_at DESC, p.id");
    }

    static List<Post> withStatus(Connection c, Post.Status status) throws SQLException {
        return query(c, SELECT + " WHERE p.status = ? ORDER BY p.created_at, p.id", status.wireName());
    }

    /**
     * Inserts or updates {@code post} and its areas, and returns it as stored. Its item follows the approved version:
     * written when published, removed when withdrawn, left as it was while a change waits or was rejected.
     */
    static Post save(Connection c, Post post, boolean insert) throws SQLException {
        String sql = insert
                ? "INSERT INTO post (author_id, title, body, link, image_id, visible_from, visible_until, status,"
                        + " rejection_reason, decided_by, decided_at, created_at, updated_at, last_editor_id, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE post SET author_id = ?, title = ?, body = ?, link = ?, image_id = ?, visible_from = ?,"
                        + " visible_until = ?, status = ?, rejection_reason = ?, decided_by = ?, decided_at = ?,"
                        + " created_at = ?, updated_at = ?, last_editor_id = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, post.authorId());
            ps.setString(2, post.title());
            ps.setString(3, post.body());
            ps.setString(4, post.link());
            ps.setString(5, post.imageId());
            Sql.setInstant(ps, 6, post.visibleFrom());
            Sql.setInstant(ps, 7, post.visibleUntil());
            ps.setString(8, post.status().wireName());
            ps.setString(9, post.rejectionReason());
            ps.setString(10, post.decidedBy());
            Sql.setInstant(ps, 11, post.decidedAt());
            Sql.setInstant(ps, 12, post.createdAt());
            Sql.setInstant(ps, 13, post.updatedAt());
            ps.setString(14, post.lastEditorId());
            ps.setString(15, post.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM post_area WHERE post_id = ?")) {
            ps.setString(1, post.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO post_area (post_id, area_slug) VALUES (?, ?)")) {
            for (String area : post.areas()) {
                ps.setString(1, post.id());
                ps.setString(2, area);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (post.status() == Post.Status.PUBLISHED) {
            ItemRepository.upsert(c, post.toItem(), post.updatedAt());
        } else if (post.status() == Post.Status.WITHDRAWN) {
            ItemRepository.delete(c, post.itemId());
        }
        return find(c, post.id()).orElseThrow();
    }

    private static List<Post> query(Connection c, String sql, String... params) throws SQLException {
        List<Post> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs, Set.of()));
                }
            }
        }
        Map<String, Set<String>> areas = areas(c, rows.size() == 1 ? rows.getFirst().id() : null);
        List<Post> posts = new ArrayList<>(rows.size());
        for (Post p : rows) {
            posts.add(new Post(p.id(), p.authorId(), p.authorName(), p.title(), p.body(), p.link(), p.imageId(),
                    p.visibleFrom(), p.visibleUntil(), areas.getOrDefault(p.id(), Set.of()), p.status(),
                    p.rejectionReason(), p.decidedBy(), p.decidedAt(), p.createdAt(), p.updatedAt(), p.lastEditorId(),
                    p.onScreens()));
        }
        return posts;
    }

    private static Map<String, Set<String>> areas(Connection c, String onlyId) throws SQLException {
        Map<String, Set<String>> areas = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT post_id, area_slug FROM post_area"
                + (onlyId == null ? "" : " WHERE post_id = ?"))) {
            if (onlyId != null) {
                ps.setString(1, onlyId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    areas.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return areas;
    }

    private static Post map(ResultSet rs, Set<String> areas) throws SQLException {
        return new Post(rs.getString("id"), rs.getString("author_id"), rs.getString("author_name"),
                rs.getString("title"), rs.getString("body"), rs.getString("link"), rs.getString("image_id"),
                Sql.getInstant(rs, "visible_from"), Sql.getInstant(rs, "visible_until"), areas,
                Post.Status.fromWire(rs.getString("status")), rs.getString("rejection_reason"),
                rs.getString("decided_by"), Sql.getInstant(rs, "decided_at"), Sql.getInstant(rs, "created_at"),
                Sql.getInstant(rs, "updated_at"), rs.getString("last_editor_id"), rs.getString("item_id") != null);
    }
}
