package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The table {@code hand_meeting}: a {@link Meetings.Meeting} to and from its row. */
final class MeetingRows {

    private static final String COLUMNS = "author_id, area_slug, title, committee, politicians, politician_ids,"
            + " location, starts_at, ends_at, sign_up, signup_code, capacity, signup_deadline, organiser, status,"
            + " last_editor_id, updated_at";

    private MeetingRows() {
    }

    static void write(Connection c, Meetings.Meeting m, boolean insert) throws SQLException {
        String sql = insert
                ? "INSERT INTO hand_meeting (" + COLUMNS + ", created_at, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE hand_meeting SET " + COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?";
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, m.authorId());
            ps.setString(i++, m.area());
            ps.setString(i++, m.title());
            ps.setString(i++, m.committee());
            ps.setString(i++, String.join("\n", m.politicians()));
            ps.setString(i++, String.join("\n", m.politicianIds()));
            ps.setString(i++, m.location());
            Sql.setInstant(ps, i++, Instant.parse(m.start()));
            Sql.setInstant(ps, i++, m.end() == null ? null : Instant.parse(m.end()));
            ps.setString(i++, m.signUp());
            ps.setString(i++, m.code());
            ps.setObject(i++, m.capacity(), Types.INTEGER);
            Sql.setInstant(ps, i++, m.signUpDeadline() == null ? null : Instant.parse(m.signUpDeadline()));
            ps.setString(i++, m.organiser());
            ps.setString(i++, m.status());
            ps.setString(i++, m.lastEditorId());
            Sql.setInstant(ps, i++, now);
            if (insert) {
                Sql.setInstant(ps, i++, now);
            }
            ps.setString(i, m.id());
            ps.executeUpdate();
        }
    }

    /** The meetings {@code where} selects ({@code ?} bound to {@code value} when given), by start. */
    static List<Meetings.Meeting> query(Connection c, String where, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM hand_meeting " + where
                + " ORDER BY starts_at, id")) {
            if (value != null) {
                ps.setString(1, value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Meetings.Meeting> result = new ArrayList<>();
                while (rs.next()) {
                    Instant end = Sql.getInstant(rs, "ends_at");
                    Instant deadline = Sql.getInstant(rs, "signup_deadline");
                    String code = rs.getString("signup_code");
                    result.add(new Meetings.Meeting(rs.getString("id"), rs.getString("area_slug"),
                            rs.getString("title"), rs.getString("committee"), lines(rs.getString("politician_ids")),
                            lines(rs.getString("politicians")), rs.getString("location"),
                            Sql.getInstant(rs, "starts_at").toString(), end == null ? null : end.toString(),
                            rs.getString("sign_up"), code != null, rs.getObject("capacity", Integer.class),
                            deadline == null ? null : deadline.toString(), rs.getString("organiser"), code,
                            rs.getString("author_id"), rs.getString("status"), rs.getString("last_editor_id")));
                }
                return result;
            }
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
