package dk.infoskaerm.server.items;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.server.db.ContentScope;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Items (events, meetings, news, announcements, urgent messages) in the database. Every write bumps the content
 * version in the same transaction, so feed caches, in this instance and others, know to rebuild.
 */
public final class ItemRepository {

    private static final String COLUMNS = "id, source_id, kind, title, summary, starts_at, ends_at, all_day, "
            + "location, url, published_at, visible_from, visible_until, politicians, committee, sign_up, image, seats_left";

    private final Database db;

    /** A repository on {@code db}. */
    public ItemRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Inserts or replaces {@code item}; returns when committed. */
    public void save(Item item) {
        db.inContentTransaction(c -> {
            upsert(c, item, Instant.now());
            return null;
        });
    }

    /** Deletes the item with {@code id}; whether it existed. */
    public boolean delete(String id) {
        return db.inContentTransaction(c -> delete(c, id));
    }

    /**
     * The items of {@code areaSlug} (including whole-municipality items) that have not ended before {@code since}.
     */
    public List<Item> forArea(String areaSlug, Instant since) {
        return query(" AND (EXISTS (SELECT 1 FROM item_area a WHERE a.item_id = i.id AND a.area_slug = ?)"
                + " OR NOT EXISTS (SELECT 1 FROM item_area a WHERE a.item_id = i.id))", since, areaSlug);
    }

    /** Every item, of every area, that has not ended before {@code since}: one query for a refresh of all feeds. */
    public List<Item> active(Instant since) {
        return query("", since, null);
    }

    private List<Item> query(String areaCondition, Instant since, String areaSlug) {
        String sql = "SELECT " + prefixed("i.") + ", ia.area_slug AS area FROM item i"
                + " LEFT JOIN item_area ia ON ia.item_id = i.id"
                + " WHERE (i.visible_until IS NULL OR i.visible_until > ?) AND (i.ends_at IS NULL OR i.ends_at > ?)"
                + areaCondition + " ORDER BY i.id";
        return db.read(c -> {
            Map<String, Row> rows = new LinkedHashMap<>();
            Map<String, Set<String>> areas = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.setInstant(ps, 1, since);
                Sql.setInstant(ps, 2, since);
                if (areaSlug != null) {
                    ps.setString(3, areaSlug);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("id");
                        if (!rows.containsKey(id)) {
                            rows.put(id, Row.of(rs));
                        }
                        String area = rs.getString("area");
                        if (area != null) {
                            areas.computeIfAbsent(id, k -> new HashSet<>()).add(area);
                        }
                    }
                }
            }
            return rows.values().stream().map(r -> r.toItem(areas.getOrDefault(r.id(), Set.of()))).toList();
        });
    }

    private static String prefixed(String prefix) {
        return Arrays.stream(COLUMNS.split(",\\s*")).map(col -> prefix + col).collect(Collectors.joining(", "));
    }

    /** Inserts or replaces {@code item} within an open content transaction. */
    public static void upsert(Connection c, Item item, Instant now) throws SQLException {
        delete(c, item.id());
        if (item.areas().isEmpty()) {
            ContentScope.touchAll(c);
        } else {
            ContentScope.touch(c, item.areas());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (" + COLUMNS + ", updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, item.id());
            ps.setString(2, item.sourceId());
            ps.setString(3, item.kind().wireName());
            ps.setString(4, item.title());
            ps.setString(5, item.summary());
            Sql.setInstant(ps, 6, item.start());
            Sql.setInstant(ps, 7, item.end());
            ps.setBoolean(8, item.allDay());
            ps.setString(9, item.location());
            ps.setString(10, item.url());
            Sql.setInstant(ps, 11, item.published());
            Sql.setInstant(ps, 12, item.visibleFrom());
            Sql.setInstant(ps, 13, item.visibleUntil());
            MeetingDetails m = item.meeting();
            ps.setString(14, m == null ? null : String.join("\n", m.politicians()));
            ps.setString(15, m == null ? null : m.committee());
            ps.setString(16, m == null ? null : m.signUp());
            ps.setString(17, item.image());
            ps.setObject(18, m == null ? null : m.seatsLeft(), java.sql.Types.INTEGER);
            Sql.setInstant(ps, 19, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO item_area (item_id, area_slug) VALUES (?, ?)")) {
            for (String area : item.areas()) {
                ps.setString(1, item.id());
                ps.setString(2, area);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the item {@code id} within an open content transaction; whether it existed. */
    public static boolean delete(Connection c, String id) throws SQLException {
        return deleteWhere(c, "id = ?", id) > 0;
    }

    /** Deletes the items of the source {@code sourceId} within an open content transaction; how many there were. */
    public static int deleteOfSource(Connection c, String sourceId) throws SQLException {
        return deleteWhere(c, "source_id = ?", sourceId);
    }

    /** Deletes the items matching {@code condition}, first recording their areas as touched. */
    private static int deleteWhere(Connection c, String condition, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT ia.area_slug FROM item i"
                + " LEFT JOIN item_area ia ON ia.item_id = i.id WHERE i." + condition)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                Set<String> areas = new HashSet<>();
                while (rs.next()) {
                    String area = rs.getString(1);
                    if (area == null) {
                        ContentScope.touchAll(c);
                    } else {
                        areas.add(area);
                    }
                }
                ContentScope.touch(c, areas);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM item WHERE " + condition)) {
            ps.setString(1, value);
            return ps.executeUpdate();
        }
    }

    private record Row(String id, String sourceId, ItemKind kind, String title, String summary, Instant start,
                       Instant end, boolean allDay, String location, String url, Instant published,
                       Instant visibleFrom, Instant visibleUntil, MeetingDetails meeting, String image) {

        static Row of(ResultSet rs) throws SQLException {
            String politicians = rs.getString("politicians");
            MeetingDetails meeting = politicians == null && rs.getString("committee") == null ? null
                    : new MeetingDetails(politicians == null || politicians.isEmpty() ? List.of()
                            : Arrays.asList(politicians.split("\n")), rs.getString("committee"), rs.getString("sign_up"),
                            rs.getObject("seats_left", Integer.class));
            return new Row(rs.getString("id"), rs.getString("source_id"), ItemKind.fromWire(rs.getString("kind")),
                    rs.getString("title"), rs.getString("summary"), Sql.getInstant(rs, "starts_at"),
                    Sql.getInstant(rs, "ends_at"), rs.getBoolean("all_day"), rs.getString("location"),
                    rs.getString("url"), Sql.getInstant(rs, "published_at"), Sql.getInstant(rs, "visible_from"),
                    Sql.getInstant(rs, "visible_until"), meeting, rs.getString("image"));
        }

        Item toItem(Set<String> areas) {
            return new Item(id, sourceId, kind, title, summary, start, end, allDay, location, url, published,
                    visibleFrom, visibleUntil, areas, meeting, image);
        }
    }
}
