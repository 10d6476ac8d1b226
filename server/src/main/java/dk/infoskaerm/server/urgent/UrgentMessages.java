package dk.infoskaerm.server.urgent;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.items.ItemRepository;
import io.helidon.http.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Urgent messages (akut besked): an administrator's message that takes over the screens of the chosen areas (or
 * all) until it expires or is cleared. An active message is the item {@code urgent:<id>}; clearing deletes the item.
 * Which screens have confirmed showing it is read from {@code screen_showing}, which screen heartbeats fill.
 */
public final class UrgentMessages {

    static final int MAX_TEXT = 300;
    static final Duration DEFAULT_DURATION = Duration.ofHours(24);
    static final Duration MAX_DURATION = Duration.ofDays(14);

    private final Database db;

    /** Urgent messages on {@code db}. */
    public UrgentMessages(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * What an administrator sends: the text; the areas, or {@code allAreas} true for every area (no area chosen is
     * no choice, never "all"); and when it expires (default 24 hours).
     */
    record UrgentRequest(String text, List<String> areas, String expiresAt, Boolean allAreas) {
    }

    /** A screen's confirmation that it shows the message. */
    record Confirmation(String screenId, Instant confirmedAt) {
    }

    /** A message as the API shows it. */
    record UrgentView(String id, String text, List<String> areas, String createdBy, Instant createdAt,
                      Instant expiresAt, Instant clearedAt, boolean active, List<Confirmation> confirmedBy) {
    }

    UrgentView create(Caller admin, UrgentRequest r) {
        String text = PlainText.field(r.text(), "text", MAX_TEXT, true);
        if (!FrameRenderer.urgentFits(text)) {
            throw ApiException.invalid("urgent.tooLong", "text", FrameRenderer.maxUrgentLength());
        }
        Instant now = now();
        Instant expires = RequestBodies.instant(r.expiresAt(), "expiresAt");
        expires = expires == null ? now.plus(DEFAULT_DURATION) : expires;
        if (!expires.isAfter(now) || Duration.between(now, expires).compareTo(MAX_DURATION) > 0) {
            throw ApiException.invalid("urgent.expiry", "expiresAt", MAX_DURATION.toDays());
        }
        Set<String> areas = new TreeSet<>(r.areas() == null ? List.of() : r.areas());
        boolean all = Boolean.TRUE.equals(r.allAreas());
        if (all == !areas.isEmpty()) {
            throw ApiException.invalid(all ? "urgent.areas.both" : "urgent.areas.none", "areas");
        }
        String id = Ids.newId();
        Instant expiresAt = expires;
        db.inContentTransaction(c -> {
            requireKnownAreas(c, areas);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO urgent_message (id, message, created_by,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, text);
                ps.setString(3, admin.id());
                Sql.setInstant(ps, 4, now);
                Sql.setInstant(ps, 5, expiresAt);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO urgent_area (urgent_id, area_slug) VALUES (?, ?)")) {
                for (String area : areas) {
                    ps.setString(1, id);
                    ps.setString(2, area);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            ItemRepository.upsert(c, new Item("urgent:" + id, "urgent", ItemKind.URGENT, text, "", null, null, false,
                    "", "", now, now, expiresAt, areas, null), now);
            AuditLog.record(c, admin.id(), admin.name(), "created", "urgent", id,
                    (areas.isEmpty() ? "alle områder" : String.join(", ", areas)) + ": " + text);
            return null;
        });
        return find(id);
    }

    UrgentView clear(Caller admin, String id) {
        find(id);
        Instant now = now();
        db.inContentTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE urgent_message SET cleared_at = ?, cleared_by = ?"
                    + " WHERE id = ? AND cleared_at IS NULL")) {
                Sql.setInstant(ps, 1, now);
                ps.setString(2, admin.id());
                ps.setString(3, id);
                ps.executeUpdate();
            }
            ItemRepository.delete(c, "urgent:" + id);
            AuditLog.record(c, admin.id(), admin.name(), "cleared", "urgent", id, find(id).text());
            return null;
        });
        return find(id);
    }

    List<UrgentView> list() {
        return query(null);
    }

    UrgentView find(String id) {
        List<UrgentView> found = query(id);
        if (found.isEmpty()) {
            throw ApiException.notFound("urgent.notFound", "id");
        }
        return found.getFirst();
    }

    private List<UrgentView> query(String id) {
        Instant now = now();
        return db.read(c -> {
            Map<String, List<String>> areas = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT urgent_id, area_slug FROM urgent_area ORDER BY area_slug");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    areas.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            Map<String, List<Confirmation>> confirmations = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT screen_id, item_id, confirmed_at FROM screen_showing"
                    + " WHERE item_id LIKE 'urgent:%' ORDER BY screen_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    confirmations.computeIfAbsent(rs.getString(2).substring("urgent:".length()), k -> new ArrayList<>())
                            .add(new Confirmation(rs.getString(1), Sql.getInstant(rs, "confirmed_at")));
                }
            }
            List<UrgentView> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT u.*, a.username FROM urgent_message u"
                    + " JOIN account a ON a.id = u.created_by" + (id == null ? "" : " WHERE u.id = ?")
                    + " ORDER BY u.created_at DESC, u.id")) {
                if (id != null) {
                    ps.setString(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String uid = rs.getString("id");
                        Instant expires = Sql.getInstant(rs, "expires_at");
                        Instant cleared = Sql.getInstant(rs, "cleared_at");
                        result.add(new UrgentView(uid, rs.getString("message"), areas.getOrDefault(uid, List.of()),
                                rs.getString("username"), Sql.getInstant(rs, "created_at"), expires, cleared,
                                cleared == null && expires.isAfter(now), confirmations.getOrDefault(uid, List.of())));
                    }
                }
            }
            return result;
        });
    }

    private static void requireKnownAreas(Connection c, Set<String> areas) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT slug FROM area"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        for (String area : areas) {
            if (!known.contains(area)) {
                throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "area.unknown", "areas", area);
            }
        }
    }

    /** Now, at the microsecond precision both databases store, so answers match what is read back later. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
