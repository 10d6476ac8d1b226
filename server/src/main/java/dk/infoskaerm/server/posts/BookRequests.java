package dk.infoskaerm.server.posts;

import dk.infoskaerm.content.Hashes;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.http.AddressThrottle;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.politicians.Politicians;
import io.helidon.http.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Book-en-Politiker: a lokalforum, association or group of citizens asks for a politician to come out, with no
 * account; administrators (the Fælles-skaberne) handle the requests (ny, i gang, aftalt, afvist with a reason),
 * assign politicians and a date, and turn an agreed request into a dialogue meeting on the area's screens in one
 * step. The requester follows the status through a private link whose secret only they got (its hash is stored).
 */
public final class BookRequests {

    static final Set<String> STATUSES = Set.of("new", "in_progress", "agreed", "rejected");
    private static final int MAX_AUDIENCE = 100_000;

    private final Database db;
    private final Meetings meetings;
    private final AddressThrottle throttle;

    /** Requests on {@code db}, made into {@code meetings}, at most as often per address as {@code throttle} allows. */
    public BookRequests(Database db, Meetings meetings, AddressThrottle throttle) {
        this.db = Objects.requireNonNull(db, "db");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    /** What the public form sends; {@code website} is the honeypot. */
    record Request(String requester, String area, String topic, List<String> dateOptions, Integer audience,
                   String contact, String website) {
    }

    /** A request as administrators see it. */
    record BookRequest(String id, String area, String requester, String topic, List<String> dateOptions,
                       int audience, String contact, String status, String reason, List<String> politicianIds,
                       String agreedStart, String meetingId, String createdAt) {
    }

    /** What administrators change: the status (with a reason when rejected), the politicians and the date. */
    record Handling(String status, String reason, List<String> politicianIds, String agreedStart) {
    }

    /** The meeting an agreed request becomes: where, and whether it takes sign-ups. */
    record MeetingRequest(String title, String location, String end, Boolean signUpEnabled, Integer capacity) {
    }

    /** What the requester sees through the private link. */
    record StatusView(String area, String topic, String status, String reason, List<String> politicians,
                      String agreedStart, String meetingCode) {
    }

    /** Files a request from {@code address}; the answer is the secret of the private status link. */
    String submit(Request r, String address) {
        throttle.acquire(address);
        String area = r.area() == null ? "" : r.area();
        boolean known = db.read(c -> AreaModeration.all(c).containsKey(area));
        if (!known) {
            throw ApiException.invalid("book.area", "area");
        }
        String requester = PlainText.field(r.requester(), "requester", 200, true).replace('\n', ' ');
        String topic = PlainText.field(r.topic(), "topic", 1000, true);
        List<String> dates = new ArrayList<>();
        for (String d : r.dateOptions() == null ? List.<String>of() : r.dateOptions()) {
            Instant at = RequestBodies.instant(d, "dateOptions");
            if (at != null) {
                dates.add(at.toString());
            }
        }
        if (dates.size() < 2 || dates.size() > 3) {
            throw ApiException.invalid("book.dateOptions", "dateOptions");
        }
        int audience = r.audience() == null ? 0 : r.audience();
        if (audience < 1 || audience > MAX_AUDIENCE) {
            throw ApiException.invalid("book.audience", "audience");
        }
        String contact = SignUps.contact(r.contact());
        String secret = Ids.secret(18);
        if (r.website() != null && !r.website().isBlank()) {
            return secret;  // a bot filled in the hidden field: it gets an answer that looks right, nothing is stored
        }
        db.inTransaction(c -> {
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO book_request (id, area_slug, requester, topic,"
                    + " date_options, audience, contact, status, reason, politician_ids, status_hash, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'new', '', '', ?, ?, ?)")) {
                ps.setString(1, Ids.newId());
                ps.setString(2, area);
                ps.setString(3, requester);
                ps.setString(4, topic);
                ps.setString(5, String.join("\n", dates));
                ps.setInt(6, audience);
                ps.setString(7, contact);
                ps.setString(8, Hashes.sha256Hex(secret));
                Sql.setInstant(ps, 9, now);
                Sql.setInstant(ps, 10, now);
                ps.executeUpdate();
            }
            return null;
        });
        return secret;
    }

    /** Every request, newest first. */
    List<BookRequest> all() {
        return db.read(c -> query(c, "ORDER BY created_at DESC, id", null));
    }

    /** Sets the status, reason, politicians and date of request {@code id}. */
    BookRequest handle(Caller caller, String id, Handling h) {
        String status = h.status() == null ? "" : h.status();
        if (!STATUSES.contains(status)) {
            throw ApiException.invalid("book.status", "status");
        }
        String reason = PlainText.field(h.reason(), "reason", 1000, false);
        if (status.equals("rejected") && reason.isEmpty()) {
            throw ApiException.invalid("book.reason", "reason");
        }
        Instant start = RequestBodies.instant(h.agreedStart(), "agreedStart");
        List<String> ids = h.politicianIds() == null ? List.of()
                : h.politicianIds().stream().filter(Objects::nonNull).distinct().toList();
        return db.inTransaction(c -> {
            require(c, id);
            Politicians.require(c, ids, "politicianIds");
            try (PreparedStatement ps = c.prepareStatement("UPDATE book_request SET status = ?, reason = ?,"
                    + " politician_ids = ?, agreed_start = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setString(2, reason);
                ps.setString(3, String.join("\n", ids));
                Sql.setInstant(ps, 4, start);
                Sql.setInstant(ps, 5, Instant.now());
                ps.setString(6, id);
                ps.executeUpdate();
            }
            AuditLog.record(c, caller.id(), caller.name(), "changed", "book-request", id, status);
            return require(c, id);
        });
    }

    /**
     * Makes agreed request {@code id} a published dialogue meeting in its area, with its politicians and date, and
     * sign-up when chosen; the request is marked agreed and points to the meeting.
     */
    Meetings.Meeting makeMeeting(Caller caller, String id, MeetingRequest m) {
        BookRequest r = db.read(c -> require(c, id));
        if (r.meetingId() != null) {
            throw new ApiException(Status.CONFLICT_409, "book.alreadyMeeting", null);
        }
        if (r.agreedStart() == null) {
            throw ApiException.invalid("book.agreedStart", "agreedStart");
        }
        String title = m.title() == null || m.title().isBlank() ? r.topic() : m.title();
        Meetings.Meeting meeting = meetings.create(caller, new Meetings.Meeting(null, r.area(),
                title.length() > Posts.MAX_TITLE ? title.substring(0, Posts.MAX_TITLE) : title, "",
                r.politicianIds(), List.of(), m.location(), r.agreedStart(), m.end(), "", m.signUpEnabled(),
                m.capacity(), null, r.requester(), null, null, null, null));
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE book_request SET status = 'agreed', meeting_id = ?,"
                    + " updated_at = ? WHERE id = ?")) {
                ps.setString(1, meeting.id());
                Sql.setInstant(ps, 2, Instant.now());
                ps.setString(3, id);
                ps.executeUpdate();
            }
            AuditLog.record(c, caller.id(), caller.name(), "agreed", "book-request", id, meeting.title());
            return null;
        });
        return meeting;
    }

    /** The request as its private link shows it; 404 for an unknown secret. */
    StatusView status(String secret) {
        return db.read(c -> {
            List<BookRequest> found = query(c, "WHERE status_hash = ?", Hashes.sha256Hex(secret == null ? "" : secret));
            if (found.isEmpty()) {
                throw ApiException.notFound("book.codeNotFound", "code");
            }
            BookRequest r = found.getFirst();
            List<String> politicians = Politicians.require(c, r.politicianIds(), "politicianIds").stream()
                    .map(Politicians.Politician::line).toList();
            String code = r.meetingId() == null ? null : MeetingRows.query(c, "WHERE id = ?", r.meetingId()).stream()
                    .findFirst().map(Meetings.Meeting::code).orElse(null);
            String area = SignUps.areaName(c, r.area());
            return new StatusView(area, r.topic(), r.status(), r.reason(), politicians, r.agreedStart(), code);
        });
    }

    private static BookRequest require(Connection c, String id) throws SQLException {
        List<BookRequest> found = query(c, "WHERE id = ?", id);
        if (found.isEmpty()) {
            throw ApiException.notFound("book.notFound", "id");
        }
        return found.getFirst();
    }

    private static List<BookRequest> query(Connection c, String where, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM book_request " + where)) {
            if (value != null) {
                ps.setString(1, value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<BookRequest> result = new ArrayList<>();
                while (rs.next()) {
                    Instant agreed = Sql.getInstant(rs, "agreed_start");
                    String ids = rs.getString("politician_ids");
                    result.add(new BookRequest(rs.getString("id"), rs.getString("area_slug"),
                            rs.getString("requester"), rs.getString("topic"),
                            Arrays.asList(rs.getString("date_options").split("\n")), rs.getInt("audience"),
                            rs.getString("contact"), rs.getString("status"), rs.getString("reason"),
                            ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n")),
                            agreed == null ? null : agreed.toString(), rs.getString("meeting_id"),
                            Sql.getInstant(rs, "created_at").toString()));
                }
                return result;
            }
        }
    }
}
