package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.audit.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An area's moderation setting: whether volunteers' posts publish directly or need approval, and whether trusted
 * volunteers of the area may approve them.
 */
record AreaModeration(String area, boolean needsApproval, boolean trustedMayApprove) {

    static final String DIRECT = "direct";
    static final String APPROVAL = "approval";

    String mode() {
        return needsApproval ? APPROVAL : DIRECT;
    }

    static Map<String, AreaModeration> all(Connection c) throws SQLException {
        Map<String, AreaModeration> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT slug, moderation, trusted_may_approve FROM area ORDER BY position, slug");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), new AreaModeration(rs.getString(1), APPROVAL.equals(rs.getString(2)),
                        rs.getBoolean(3)));
            }
        }
        return result;
    }

    static void save(Connection c, AreaModeration m, String actorId, String actorName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE area SET moderation = ?, trusted_may_approve = ? WHERE slug = ?")) {
            ps.setString(1, m.mode());
            ps.setBoolean(2, m.trustedMayApprove());
            ps.setString(3, m.area());
            ps.executeUpdate();
        }
        AuditLog.record(c, actorId, actorName, "changed", "area-moderation", m.area(),
                (m.needsApproval() ? "kræver godkendelse" : "udgives direkte")
                        + (m.trustedMayApprove() ? ", betroede frivillige må godkende" : ""));
    }
}
