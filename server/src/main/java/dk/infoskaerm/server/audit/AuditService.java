package dk.infoskaerm.server.audit;

import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.http.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** {@code /api/v1/audit}: the audit log, for administrators. */
public final class AuditService implements HttpService {

    private final AuditLog log;
    private final Auth auth;

    /** A service over {@code log}, guarded by {@code auth}. */
    public AuditService(AuditLog log, Auth auth) {
        this.log = Objects.requireNonNull(log, "log");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        int limit = Math.clamp(req.query().first("limit").asInt().orElse(200), 1, 1000);
        Responses.json(res, log.latest(limit, req.query().first("target").orElse(null)));
    }
}
