package dk.infoskaerm.server.posts;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.politicians.Politicians;
import io.helidon.http.Status;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dialogue meetings entered by hand, by administrators and by volunteers of the meeting's area, published as the item
 * {@code meeting:<id>}. They follow the area's approval rule like posts: a volunteer's meeting in an area that needs
 * approval waits as {@code pending} until an administrator, or a trusted volunteer where the area allows it, approves
 * it with {@code POST /api/v1/meetings/{id}/approve}. While a change to a published meeting waits, the approved version
 * stays on the screens. There is no reject: a meeting that should not go out is deleted.
 *
 * <p>Its politicians come from the register ({@link Politicians}), and free text stays possible ("to medlemmer af
 * udvalget"). With sign-up on, it gets a short code: its public page {@code /m/{code}} takes sign-ups
 * ({@link SignUps}) and its slide's QR code leads there, with the seats left.
 */
public final class Meetings {

    private static final int MAX_POLITICIANS = 20;
    private static final int MAX_CAPACITY = 10_000;
    /** QR-friendly: lower case, no 0/o, 1/l/i. */
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int CODE_LENGTH = 7;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Database db;
    private final String publicUrl;

    /** Meetings on {@code db}; the QR codes of sign-ups lead to {@code publicUrl}{@code /m/{code}}. */
    public Meetings(Database db, String publicUrl) {
        this.db = Objects.requireNonNull(db, "db");
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl").replaceAll("/+$", "");
    }

    static final String PENDING = "pending";
    static final String PUBLISHED = "published";

    /**
     * A meeting as sent and shown. Times ISO-8601 with offset; {@code end} optional. {@code politicianIds} are
     * from the register, {@code politicians} free text. {@code signUpEnabled} gives it a public sign-up page
     * ({@code code}, set by the server) with an optional {@code capacity} and {@code signUpDeadline} (default: the
     * start). {@code status} ("pending", "published"), {@code authorId} and {@code lastEditorId} are set by the
     * server, never taken from a request.
     */
    record Meeting(String id, String area, String title, String committee, List<String> politicianIds,
                   List<String> politicians, String location, String start, String end, String signUp,
                   Boolean signUpEnabled, Integer capacity, String signUpDeadline, String organiser, String code,
                   String authorId, String status, String lastEditorId) {

        Meeting withStatus(String newStatus) {
            return new Meeting(id, area, title, committee, politicianIds, politicians, location, start, end, signUp,
                    signUpEnabled, capacity, signUpDeadline, organiser, code, authorId, newStatus, lastEditorId);
        }

        /** When sign-up closes: the deadline, or the start. */
        Instant signUpCloses() {
            return Instant.parse(signUpDeadline != null ? signUpDeadline : start);
        }
    }

    /**
     * Enters a meeting as {@code author} (the demo data of a first start uses it); the code of its sign-up page
     * when {@code signUp}, else empty.
     */
    public Optional<String> enter(Caller author, String area, String title, String committee,
                                  List<String> politicianIds, List<String> others, String organiser, String location,
                                  Instant start, Instant end, boolean signUp, Integer capacity) {
        Meeting m = create(author, new Meeting(null, area, title, committee, politicianIds, others, location,
                start.toString(), end == null ? null : end.toString(), "", signUp, capacity, null, organiser, null,
                null, null, null));
        return Optional.ofNullable(m.code());
    }

    Meeting create(Caller caller, Meeting request) {
        Meeting m = validated(caller, request, Ids.newId(), caller.id(), null);
        return save(caller, m, true, "created");
    }

    Meeting edit(Caller caller, String id, Meeting request) {
        Meeting old = require(caller, id);
        Meeting m = validated(caller, request, id, old.authorId(), old.code());
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
            throw new ApiException(Status.CONFLICT_409, "meetings.notPending", null);
        }
        if (caller.id().equals(old.lastEditorId())) {
            throw new ApiException(Status.CONFLICT_409, "meetings.ownApproval", "id");
        }
        Meeting m = old.withStatus(PUBLISHED);
        db.inContentTransaction(c -> {
            setStatus(c, m.id(), PUBLISHED);
            ItemRepository.upsert(c, toItem(c, m), Instant.now());
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
        return db.read(c -> MeetingRows.query(c, "", null)).stream()
                .filter(m -> caller.account().mayActFor(m.area())).toList();
    }

    Meeting require(Caller caller, String id) {
        Meeting m = find(id).orElseThrow(() -> ApiException.notFound("meetings.notFound", "id"));
        if (!caller.account().mayActFor(m.area())) {
            throw Auth.forbidden();
        }
        return m;
    }

    /** The organiser's view: whoever entered it, and administrators. */
    Meeting requireOrganiser(Caller caller, String id) {
        Meeting m = require(caller, id);
        if (!caller.isAdmin() && !caller.id().equals(m.authorId())) {
            throw Auth.forbidden();
        }
        return m;
    }

    Optional<Meeting> find(String id) {
        return db.read(c -> MeetingRows.query(c, "WHERE id = ?", id)).stream().findFirst();
    }

    /** The published meeting with sign-up code {@code code}. */
    Optional<Meeting> findByCode(Connection c, String code) throws SQLException {
        return MeetingRows.query(c, "WHERE signup_code = ?", code).stream()
                .filter(m -> PUBLISHED.equals(m.status())).findFirst();
    }

    /** Shows a published meeting again with what changed around it (its seats, its politicians' data). */
    void republish(Connection c, Meeting m) throws SQLException {
        if (PUBLISHED.equals(m.status())) {
            ItemRepository.upsert(c, toItem(c, m), Instant.now());
        }
    }

    /** Republishes the meetings that name politician {@code politicianId}, within its change's transaction. */
    public void politicianChanged(Connection c, String politicianId) throws SQLException {
        for (Meeting m : MeetingRows.query(c, "WHERE politician_ids LIKE ?", "%" + politicianId + "%")) {
            republish(c, m);
        }
    }

    private Meeting save(Caller caller, Meeting draft, boolean insert, String action) {
        return db.inContentTransaction(c -> {
            Politicians.require(c, draft.politicianIds(), "politicianIds");
            boolean pending = !caller.isAdmin() && Posts.needsApproval(c, Set.of(draft.area()));
            Meeting m = draft.withStatus(pending ? PENDING : PUBLISHED);
            MeetingRows.write(c, m, insert);
            if (!pending) {
                ItemRepository.upsert(c, toItem(c, m), Instant.now());
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

    private Meeting validated(Caller caller, Meeting r, String id, String authorId, String oldCode) {
        String area = r.area() == null ? "" : r.area();
        boolean known = db.read(c -> AreaModeration.all(c).containsKey(area));
        if (!known) {
            throw ApiException.invalid("area.unknown", "area", area);
        }
        if (!caller.account().mayActFor(area)) {
            throw new ApiException(Status.FORBIDDEN_403,
                    "meetings.areaNotYours", "area");
        }
        List<String> politicians = new ArrayList<>();
        for (String p : r.politicians() == null ? List.<String>of() : r.politicians()) {
            String name = PlainText.field(p, "politicians", 200, false);
            if (!name.isEmpty()) {
                politicians.add(name.replace('\n', ' '));
            }
        }
        List<String> ids = r.politicianIds() == null ? List.of()
                : r.politicianIds().stream().filter(Objects::nonNull).distinct().toList();
        if (politicians.size() + ids.size() > MAX_POLITICIANS) {
            throw ApiException.invalid("meetings.tooManyPoliticians", "politicians", MAX_POLITICIANS);
        }
        Instant start = RequestBodies.instant(r.start(), "start");
        if (start == null) {
            throw ApiException.invalid("meetings.start", "start");
        }
        Instant end = RequestBodies.instant(r.end(), "end");
        if (end != null && (!end.isAfter(start) || Duration.between(start, end).toDays() > 2)) {
            throw ApiException.invalid("meetings.end", "end");
        }
        boolean signUp = Boolean.TRUE.equals(r.signUpEnabled());
        Integer capacity = r.capacity();
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw ApiException.invalid("meetings.capacity", "capacity", MAX_CAPACITY);
        }
        Instant deadline = RequestBodies.instant(r.signUpDeadline(), "signUpDeadline");
        if (deadline != null && deadline.isAfter(start)) {
            throw ApiException.invalid("meetings.signUpDeadline", "signUpDeadline");
        }
        String code = !signUp ? null : oldCode != null ? oldCode : newCode();
        return new Meeting(id, area, PlainText.field(r.title(), "title", Posts.MAX_TITLE, true),
                PlainText.field(r.committee(), "committee", 200, false), ids, politicians,
                PlainText.field(r.location(), "location", 300, true), start.toString(),
                end == null ? null : end.toString(), signUp(r.signUp()), signUp, signUp ? capacity : null,
                signUp && deadline != null ? deadline.toString() : null,
                PlainText.field(r.organiser(), "organiser", 200, false), code, authorId, PENDING, caller.id());
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Free text ("ring til Lone") or a link; a link must be http/https. */
    private static String signUp(String value) {
        String text = PlainText.field(value, "signUp", 1000, false);
        boolean looksLikeLink = text.matches("(?is)^[a-z][a-z0-9+.-]*:\\S*$");
        return looksLikeLink ? PlainText.url(text, "signUp", 1000) : text;
    }

    /** The address of a meeting's public sign-up page. */
    String pageUrl(Meeting m) {
        return publicUrl + "/m/" + m.code();
    }

    /** The politicians as the slide lists them: the register's "name (party), committees", then the free text. */
    static List<String> politicianLines(Connection c, Meeting m) throws SQLException {
        List<String> lines = new ArrayList<>();
        Politicians.require(c, m.politicianIds(), "politicianIds").forEach(p -> lines.add(p.line()));
        lines.addAll(m.politicians());
        return lines;
    }

    private Item toItem(Connection c, Meeting m) throws SQLException {
        String url = m.code() != null ? pageUrl(m)
                : m.signUp().matches("(?i)^https?://\\S+$") ? URI.create(m.signUp()).toString() : "";
        Integer seats = m.code() != null && m.capacity() != null
                ? Math.max(0, m.capacity() - SignUps.booked(c, m.id())) : null;
        return new Item("meeting:" + m.id(), "meetings", ItemKind.MEETING, m.title(), "", Instant.parse(m.start()),
                m.end() == null ? null : Instant.parse(m.end()), false, m.location(), url, null, null, null,
                Set.of(m.area()), new MeetingDetails(politicianLines(c, m), m.committee(), m.signUp(), seats));
    }
}
