package dk.infoskaerm.server.posts;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.server.accounts.Auth;
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
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Dialogue meetings entered by hand, by administrators and by volunteers of the meeting's area, published as the item
 * {@code meeting:<id>}. They follow the area's approval rule like posts: a volunteer's meeting in an area that needs
 * approval waits as {@code pending} until an administrator, or a trusted volunteer where the area allows it, approves
 * it with {@code POST /api/v1/meetings/{id}/approve}. While a change to a published meeting waits, the approved version
 * stays on the screens. There is no reject: a meeting that should not go out is deleted.
 */
public final class Meetings {

    private static final int MAX_POLITICIANS = 20;

    private final Database db;

    /** Meetings on {@code db}. */
    public Meetings(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    static final String PENDING = "pending";
    static final String PUBLISHED = "published";

    /**
     * A meeting as sent and shown. Times ISO-8601 with offset; {@code end} optional. {@code status} ("pending",
     * "published"), {@code authorId} and {@code lastEditorId} are set by the server, never taken from a request.
     */
    record Meeting(String id, String area, String title, String committee, List<String> politicians,
                   String location, String start, String end, String signUp, String authorId, String status,
                   String lastEditorId) {

        Meeting withStatus(String newStatus) {
            return new Meeting(id, area, title, committee, politicians, location, start, end, signUp, authorId,
                    newStatus, lastEditorId);
        }
    }

    Meeting create(Caller caller, Meeting request) {
        Meeting m = validated(caller, request, Ids.newId(), caller.id());
        return save(caller, m, true, "created");
    }

    Meeting edit(Caller caller, String id, Meeting request) {
        Meeting old = require(caller, id);
        Meeting m = validated(caller, request, id, old.authorId());
        return save(caller, m, false, "changed");
    }

    /** Publishes a pending meeting: administrators, or trusted volunteers where the area allows it, never its writer. */
    Meeting approve(Caller caller, String id) {
        Meeting old = require(caller, id);
        boolean allowed = db.read(c -> mayApprove(caller, old, AreaModeration.all(c)));
        if (!allowed) {
            throw Auth.forbidden();
        }
        if (!PENDING.equals(old.status())) {
            throw new ApiException(Status.CONFLICT_409, "Mødet venter ikke på godkendelse.", null);
        }
        if (caller.id().equals(old.lastEditorId())) {
            throw new ApiException(Status.CONFLICT_409, "Du har selv ændret mødet, så en anden skal godkende det.",
                    "id");
        }
        Meeting m = old.withStatus(PUBLISHED);
        db.inContentTransaction(c -> {
            setStatus(c, m.id(), PUBLISHED);
            ItemRepository.upsert(c, toItem(m), Instant.now());
            AuditLog.record(c, caller.id(), caller.name(), "approved", "meeting", m.id(), m.title());
            return null;
        });
        return m;
    }

    private static boolean mayApprove(Caller caller, Meeting m, Map<String, AreaModeration> settings) {
        if (caller.isAdmin()) {
            return true;
        }
        return !caller.id().equals(m.authorId()) && caller.account().trustedAreas().contains(m.area())
                && settings.containsKey(m.area()) && settings.get(m.area()).trustedMayApprove();
    }

    void delete(Caller caller, String id) {
        Meeting old = require(caller, id);
        db.inContentTransaction(c -> {
            ItemRepository.delete(c, "meeting:" + id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM hand_meeting WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            AuditLog.record(c, caller.id(), caller.name(), "deleted", "meeting", id, old.title());
            return null;
        });
    }

    List<Meeting> visibleTo(Caller caller) {
        return query("SELECT * FROM hand_meeting ORDER BY starts_at, id", null).stream()
                .filter(m -> caller.account().mayActFor(m.area())).toList();
    }

    Meeting require(Caller caller, String id) {
        List<Meeting> found = query("SELECT * FROM hand_meeting WHERE id = ?", id);
        if (found.isEmpty()) {
            throw ApiException.notFound("Mødet findes ikke.", "id");
        }
        if (!caller.account().mayActFor(found.getFirst().area())) {
            throw Auth.forbidden();
        }
        return found.getFirst();
    }

    private Meeting save(Caller caller, Meeting draft, boolean insert, String action) {
        return db.inContentTransaction(c -> {
            boolean pending = !caller.isAdmin() && Posts.needsApproval(c, Set.of(draft.area()));
            Meeting m = draft.withStatus(pending ? PENDING : PUBLISHED);
            write(c, m, insert);
            if (!pending) {
                ItemRepository.upsert(c, toItem(m), Instant.now());
            }
            AuditLog.record(c, caller.id(), caller.name(), action, "meeting", m.id(), m.title() + (PENDING.equals(m.status())
                    ? " (venter på godkendelse)" : " (udgivet)"));
            return m;
        });
    }

    private static void setStatus(Connection c, String id, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE hand_meeting SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    private Meeting validated(Caller caller, Meeting r, String id, String authorId) {
        String area = r.area() == null ? "" : r.area();
        boolean known = db.read(c -> AreaModeration.all(c).containsKey(area));
        if (!known) {
            throw ApiException.invalid("Ukendt lokalområde: " + area, "area");
        }
        if (!caller.account().mayActFor(area)) {
            throw new ApiException(Status.FORBIDDEN_403,
                    "Du kan kun oprette møder i dine egne lokalområder.", "area");
        }
        List<String> politicians = new ArrayList<>();
        for (String p : r.politicians() == null ? List.<String>of() : r.politicians()) {
            String name = PlainText.field(p, "politicians", 200, false);
            if (!name.isEmpty()) {
                politicians.add(name.replace('\n', ' '));
            }
        }
        if (politicians.size() > MAX_POLITICIANS) {
            throw ApiException.invalid("Højst " + MAX_POLITICIANS + " politikere.", "politicians");
        }
        Instant start = RequestBodies.instant(r.start(), "start");
        if (start == null) {
            throw ApiException.invalid("Angiv hvornår mødet begynder.", "start");
        }
        Instant end = RequestBodies.instant(r.end(), "end");
        if (end != null && (!end.isAfter(start) || Duration.between(start, end).toDays() > 2)) {
            throw ApiException.invalid("Mødet skal slutte efter det begynder, og højst to dage senere.", "end");
        }
        return new Meeting(id, area, PlainText.field(r.title(), "title", Posts.MAX_TITLE, true),
                PlainText.field(r.committee(), "committee", 200, false), politicians,
                PlainText.field(r.location(), "location", 300, true), start.toString(),
                end == null ? null : end.toString(), signUp(r.signUp()), authorId, PENDING, caller.id());
    }

    /** Free text ("ring til Lone") or a link; a link must be http/https. */
    private static String signUp(String value) {
        String text = PlainText.field(value, "signUp", 1000, false);
        boolean looksLikeLink = text.matches("(?is)^[a-z][a-z0-9+.-]*:\\S*$");
        return looksLikeLink ? PlainText.url(text, "signUp", 1000) : text;
    }

    private static Item toItem(Meeting m) {
        String url = m.signUp().matches("(?i)^https?://\\S+$") ? URI.create(m.signUp()).toString() : "";
        return new Item("meeting:" + m.id(), "meetings", ItemKind.MEETING, m.title(), "", Instant.parse(m.start()),
                m.end() == null ? null : Instant.parse(m.end()), false, m.location(), url, null, null, null,
                Set.of(m.area()), new MeetingDetails(m.politicians(), m.committee(), m.signUp()));
    }

    private static void write(Connection c, Meeting m, boolean insert) throws SQLException {
        String sql = insert
                ? "INSERT INTO hand_meeting (author_id, area_slug, title, committee, politicians, location, starts_at,"
                        + " ends_at, sign_up, status, last_editor_id, created_at, updated_at, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE hand_meeting SET author_id = ?, area_slug = ?, title = ?, committee = ?, politicians = ?,"
                        + " location = ?, starts_at = ?, ends_at = ?, sign_up = ?, status = ?, last_editor_id = ?,"
                        + " updated_at = ? WHERE id = ?";
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, m.authorId());
            ps.setString(i++, m.area());
            ps.setString(i++, m.title());
            ps.setString(i++, m.committee());
            ps.setString(i++, String.join("\n", m.politicians()));
            ps.setString(i++, m.location());
            Sql.setInstant(ps, i++, Instant.parse(m.start()));
            Sql.setInstant(ps, i++, m.end() == null ? null : Instant.parse(m.end()));
            ps.setString(i++, m.signUp());
            ps.setString(i++, m.status());
            ps.setString(i++, m.lastEditorId());
            if (insert) {
                Sql.setInstant(ps, i++, now);
            }
            Sql.setInstant(ps, i++, now);
            ps.setString(i, m.id());
            ps.executeUpdate();
        }
    }

    private List<Meeting> query(String sql, String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (id != null) {
                    ps.setString(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Meeting> result = new ArrayList<>();
                    while (rs.next()) {
                        String politicians = rs.getString("politicians");
                        Instant end = Sql.getInstant(rs, "ends_at");
                        result.add(new Meeting(rs.getString("id"), rs.getString("area_slug"), rs.getString("title"),
                                rs.getString("committee"),
                                politicians.isEmpty() ? List.of() : Arrays.asList(politicians.split("\n")),
                                rs.getString("location"), Sql.getInstant(rs, "starts_at").toString(),
                                end == null ? null : end.toString(), rs.getString("sign_up"),
                                rs.getString("author_id"), rs.getString("status"),
                                rs.getString("last_editor_id")));
                    }
                    return result;
                }
            }
        });
    }
}
