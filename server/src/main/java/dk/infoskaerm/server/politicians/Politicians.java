package dk.infoskaerm.server.politicians;

import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Ids;
import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import io.helidon.http.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The register of politicians (name, party, committees), kept by administrators. Dialogue meetings reference them
 * by id; a change to a politician republishes the meetings that name them, through the hook set with
 * {@link #onChange}.
 */
public final class Politicians {

    private static final int MAX_COMMITTEES = 10;

    private final Database db;
    private volatile ChangeListener changed = (c, id) -> { };

    /** The register on {@code db}. */
    public Politicians(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * A politician as sent and shown.
     *
     * @param id set by the server
     * @param name full name
     * @param party party letter or name, may be empty
     * @param committees the committees they sit on, may be empty
     */
    public record Politician(String id, String name, String party, List<String> committees) {

        /** How a meeting's slide lists them: "name (party), committees". */
        public String line() {
            String text = party.isEmpty() ? name : name + " (" + party + ")";
            return committees.isEmpty() ? text : text + ", " + String.join(", ", committees);
        }
    }

    /** What follows a change to a politician, within its content transaction. */
    @FunctionalInterface
    public interface ChangeListener {
        /** Politician {@code id} changed; {@code c} is the open content transaction. */
        void changed(Connection c, String id) throws SQLException;
    }

    /** Called with the open content transaction and the politician's id whenever one is changed. */
    public void onChange(ChangeListener listener) {
        this.changed = Objects.requireNonNull(listener, "listener");
    }

    /** Every politician, by name. */
    public List<Politician> all() {
        return db.read(c -> query(c, "SELECT * FROM politician ORDER BY name, id", null));
    }

    Politician require(String id) {
        List<Politician> found = db.read(c -> query(c, "SELECT * FROM politician WHERE id = ?", id));
        if (found.isEmpty()) {
            throw ApiException.notFound("politicians.notFound", "id");
        }
        return found.getFirst();
    }

    /** Adds a politician to the register; {@code request}'s id is ignored. */
    public Politician create(Caller caller, Politician request) {
        Politician p = validated(request, Ids.newId());
        return db.inContentTransaction(c -> {
            write(c, p, true);
            AuditLog.record(c, caller.id(), caller.name(), "created", "politician", p.id(), p.name());
            return p;
        });
    }

    Politician edit(Caller caller, String id, Politician request) {
        require(id);
        Politician p = validated(request, id);
        return db.inContentTransaction(c -> {
            write(c, p, false);
            changed.changed(c, id);
            AuditLog.record(c, caller.id(), caller.name(), "changed", "politician", id, p.name());
            return p;
        });
    }

    /** Deletes a politician no meeting names; one that is named gives 409, so no meeting loses a name unseen. */
    void delete(Caller caller, String id) {
        Politician p = require(id);
        db.inContentTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT title FROM hand_meeting WHERE politician_ids LIKE ?")) {
                ps.setString(1, "%" + id + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new ApiException(Status.CONFLICT_409, "politicians.inMeeting", "id", rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM politician WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            AuditLog.record(c, caller.id(), caller.name(), "deleted", "politician", id, p.name());
            return null;
        });
    }

    /** The politicians with {@code ids}, in that order; an unknown id gives 422 naming {@code field}. */
    public static List<Politician> require(Connection c, List<String> ids, String field) throws SQLException {
        Map<String, Politician> byId = new LinkedHashMap<>();
        for (Politician p : query(c, "SELECT * FROM politician", null)) {
            byId.put(p.id(), p);
        }
        List<Politician> result = new ArrayList<>();
        for (String id : ids) {
            Politician p = byId.get(id);
            if (p == null) {
                throw ApiException.invalid("politicians.unknown", field, PlainText.clean(id));
            }
            result.add(p);
        }
        return result;
    }

    private static Politician validated(Politician r, String id) {
        if (r == null) {
            throw ApiException.invalid("politicians.name", "name");
        }
        List<String> committees = new ArrayList<>();
        for (String committee : r.committees() == null ? List.<String>of() : r.committees()) {
            String text = PlainText.field(committee, "committees", 200, false).replace('\n', ' ');
            if (!text.isEmpty()) {
                committees.add(text);
            }
        }
        if (committees.size() > MAX_COMMITTEES) {
            throw ApiException.invalid("politicians.committees", "committees", MAX_COMMITTEES);
        }
        return new Politician(id, PlainText.field(r.name(), "name", 200, true).replace('\n', ' '),
                PlainText.field(r.party(), "party", 100, false).replace('\n', ' '), List.copyOf(committees));
    }

    private static void write(Connection c, Politician p, boolean insert) throws SQLException {
        String sql = insert
                ? "INSERT INTO politician (name, party, committees, updated_at, created_at, id) VALUES (?, ?, ?, ?, ?, ?)"
                : "UPDATE politician SET name = ?, party = ?, committees = ?, updated_at = ? WHERE id = ?";
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, p.name());
            ps.setString(i++, p.party());
            ps.setString(i++, String.join("\n", p.committees()));
            Sql.setInstant(ps, i++, now);
            if (insert) {
                Sql.setInstant(ps, i++, now);
            }
            ps.setString(i, p.id());
            ps.executeUpdate();
        }
    }

    private static List<Politician> query(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Politician> result = new ArrayList<>();
                while (rs.next()) {
                    String committees = rs.getString("committees");
                    result.add(new Politician(rs.getString("id"), rs.getString("name"), rs.getString("party"),
                            committees.isEmpty() ? List.of() : Arrays.asList(committees.split("\n"))));
                }
                return result;
            }
        }
    }
}
