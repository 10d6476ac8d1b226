package dk.infoskaerm.server.posts;

import dk.infoskaerm.content.Hashes;
import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.http.AddressThrottle;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import io.helidon.http.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sign-ups for dialogue meetings from their public page {@code /m/{code}}, with no account: capacity and deadline
 * enforced in the same transaction as the write (the meeting's row is locked), throttled per client address, a
 * honeypot field, size limits, plain text only. The person gets a secret code to cancel with; only its hash is
 * stored. Sign-ups are personal data: the organiser (who entered the meeting) and administrators see them, exports
 * are audit-logged, and they are deleted {@link #KEEP} after the meeting.
 */
public final class SignUps {

    /** How long sign-ups are kept after the meeting. */
    public static final Duration KEEP = Duration.ofDays(30);

    static final int MAX_PEOPLE = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{8,20}$");

    private final Database db;
    private final Meetings meetings;
    private final AddressThrottle throttle;
    private final Clock clock;

    /** Sign-ups on {@code db} for {@code meetings}, at most as often per address as {@code throttle} allows. */
    public SignUps(Database db, Meetings meetings, AddressThrottle throttle, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the form sends; {@code website} is the honeypot, which people never see and bots fill in. */
    record Request(String name, String contact, Integer people, String question, String website) {
    }

    /** The answer to a sign-up: what to show, and the secret code that cancels it. */
    record Confirmation(String title, String start, int people, String cancelCode) {
    }

    /** A sign-up as the organiser sees it. */
    record SignUp(String id, String name, String contact, int people, String question, String createdAt) {
    }

    /** The meeting as its public page shows it. */
    record PublicMeeting(String code, String title, String area, String start, String end, String location,
                         List<String> politicians, String committee, String organiser, Integer capacity,
                         Integer seatsLeft, String closes, boolean open, String closedReason) {
    }

    /** The public page's meeting, why it is closed said in {@code language}; 404 for an unknown code or no sign-up. */
    PublicMeeting view(String code, Locale language) {
        return db.read(c -> {
            Meetings.Meeting m = requireByCode(c, code);
            Integer seats = seatsLeft(c, m);
            ApiException closed = closedReason(m, seats);
            return new PublicMeeting(m.code(), m.title(), areaName(c, m.area()), m.start(), m.end(), m.location(),
                    Meetings.politicianLines(c, m), m.committee(), m.organiser(), m.capacity(), seats,
                    m.signUpCloses().toString(), closed == null, closed == null ? null : closed.text(language));
        });
    }

    /** Signs up from {@code address}; refusals (full, too late, bad fields) in clear Danish. */
    Confirmation signUp(String code, Request r, String address) {
        throttle.acquire(address);
        String name = PlainText.field(r.name(), "name", 200, true).replace('\n', ' ');
        String contact = contact(r.contact());
        int people = r.people() == null ? 1 : r.people();
        if (people < 1 || people > MAX_PEOPLE) {
            throw ApiException.invalid("signUps.people", "people", MAX_PEOPLE);
        }
        String question = PlainText.field(r.question(), "question", 1000, false);
        String secret = Ids.secret(18);
        if (r.website() != null && !r.website().isBlank()) {
            // A bot filled in the hidden field: it gets an answer that looks right, and nothing is stored.
            return new Confirmation("", "", people, secret);
        }
        return db.inContentTransaction(c -> {
            Meetings.Meeting m = lock(c, requireByCode(c, code));
            ApiException closed = closedReason(m, seatsLeft(c, m));
            if (closed != null) {
                throw closed;
            }
            Integer seats = seatsLeft(c, m);
            if (seats != null && people > seats) {
                throw new ApiException(Status.CONFLICT_409,
                        seats == 1 ? "signUps.people.oneLeft" : "signUps.people.left", "people", seats);
            }
            insert(c, m, name, contact, people, question, secret);
            meetings.republish(c, m);
            return new Confirmation(m.title(), m.start(), people, secret);
        });
    }

    /** Cancels the sign-up that {@code secret} was given for; 404 when there is none (any more). */
    void cancel(String secret) {
        db.inContentTransaction(c -> {
            String meetingId = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT meeting_id FROM meeting_signup WHERE cancel_hash = ?")) {
                ps.setString(1, Hashes.sha256Hex(secret == null ? "" : secret));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        meetingId = rs.getString(1);
                    }
                }
            }
            if (meetingId == null) {
                throw ApiException.notFound("signUps.notFound", "code");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_signup WHERE cancel_hash = ?")) {
                ps.setString(1, Hashes.sha256Hex(secret));
                ps.executeUpdate();
            }
            Meetings.Meeting m = MeetingRows.query(c, "WHERE id = ?", meetingId).getFirst();
            meetings.republish(c, m);
            return null;
        });
    }

    /** The sign-ups of a meeting, for its organiser. */
    List<SignUp> list(Caller caller, String meetingId) {
        Meetings.Meeting m = meetings.requireOrganiser(caller, meetingId);
        return db.read(c -> rows(c, m.id()));
    }

    /** The sign-ups as CSV (semicolons, as Danish spreadsheets expect), recorded in the audit log. */
    String csv(Caller caller, String meetingId) {
        Meetings.Meeting m = meetings.requireOrganiser(caller, meetingId);
        return db.inTransaction(c -> {
            List<SignUp> rows = rows(c, m.id());
            AuditLog.record(c, caller.id(), caller.name(), "exported", "meeting", m.id(),
                    rows.size() + " tilmeldinger: " + m.title());
            StringBuilder out = new StringBuilder("\uFEFFNavn;Kontakt;Antal;Spørgsmål;Tilmeldt\r\n");
            for (SignUp s : rows) {
                out.append(cell(s.name())).append(';').append(cell(s.contact())).append(';').append(s.people())
                        .append(';').append(cell(s.question())).append(';').append(s.createdAt()).append("\r\n");
            }
            return out.toString();
        });
    }

    /** Deletes the sign-ups of meetings more than {@link #KEEP} ago; how many went. */
    public int purge() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_signup WHERE purge_after <= ?")) {
                Sql.setInstant(ps, 1, clock.instant());
                return ps.executeUpdate();
            }
        });
    }

    /** People signed up for meeting {@code meetingId}. */
    static int booked(Connection c, String meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(people), 0) FROM meeting_signup WHERE meeting_id = ?")) {
            ps.setString(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Meetings.Meeting requireByCode(Connection c, String code) throws SQLException {
        return meetings.findByCode(c, code == null ? "" : code).orElseThrow(() -> ApiException.notFound(
                "signUps.meetingNotFound", "code"));
    }

    private static Meetings.Meeting lock(Connection c, Meetings.Meeting m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM hand_meeting WHERE id = ? FOR UPDATE")) {
            ps.setString(1, m.id());
            ps.executeQuery().close();
        }
        return m;
    }

    private static Integer seatsLeft(Connection c, Meetings.Meeting m) throws SQLException {
        return m.capacity() == null ? null : Math.max(0, m.capacity() - booked(c, m.id()));
    }

    /** Why it takes no sign-ups now, as the 409 refusing one; null when it does. */
    private ApiException closedReason(Meetings.Meeting m, Integer seatsLeft) {
        if (!clock.instant().isBefore(m.signUpCloses())) {
            return new ApiException(Status.CONFLICT_409, "signUps.closed", null,
                    DanishDates.dateTime(m.signUpCloses(), false));
        }
        if (seatsLeft != null && seatsLeft == 0) {
            return new ApiException(Status.CONFLICT_409, "signUps.full", null);
        }
        return null;
    }

    /** An e-mail address or a phone number of at least 8 digits, or 422 naming {@code contact}. */
    static String contact(String value) {
        String contact = PlainText.field(value, "contact", 200, true).replace('\n', ' ');
        boolean phone = PHONE.matcher(contact).matches() && contact.replaceAll("[^0-9]", "").length() >= 8;
        if (!EMAIL.matcher(contact).matches() && !phone) {
            throw ApiException.invalid("signUps.contact", "contact");
        }
        return contact;
    }

    private void insert(Connection c, Meetings.Meeting m, String name, String contact, int people, String question,
                        String secret) throws SQLException {
        Instant after = Instant.parse(m.end() != null ? m.end() : m.start()).plus(KEEP);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_signup (id, meeting_id, name, contact,"
                + " people, question, cancel_hash, created_at, purge_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, Ids.newId());
            ps.setString(2, m.id());
            ps.setString(3, name);
            ps.setString(4, contact);
            ps.setInt(5, people);
            ps.setString(6, question);
            ps.setString(7, Hashes.sha256Hex(secret));
            Sql.setInstant(ps, 8, clock.instant());
            Sql.setInstant(ps, 9, after);
            ps.executeUpdate();
        }
    }

    private static List<SignUp> rows(Connection c, String meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM meeting_signup WHERE meeting_id = ?"
                + " ORDER BY created_at, id")) {
            ps.setString(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                List<SignUp> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new SignUp(rs.getString("id"), rs.getString("name"), rs.getString("contact"),
                            rs.getInt("people"), rs.getString("question"),
                            Sql.getInstant(rs, "created_at").toString()));
                }
                return result;
            }
        }
    }

    static String areaName(Connection c, String slug) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM area WHERE slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : slug;
            }
        }
    }

    /** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
    private static String cell(String text) {
        String safe = text.matches("^[=+\\-@\\t].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"").replace('\n', ' ') + "\"";
    }
}
