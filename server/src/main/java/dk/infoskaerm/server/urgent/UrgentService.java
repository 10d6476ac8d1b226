package dk.infoskaerm.server.urgent;

import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.http.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** {@code /api/v1/urgent}: urgent messages, administrators only: send, list (with screen confirmations), clear. */
public final class UrgentService implements HttpService {

    private final UrgentMessages urgent;
    private final Auth auth;

    /** A service over {@code urgent}, guarded by {@code auth}. */
    public UrgentService(UrgentMessages urgent, Auth auth) {
        this.urgent = Objects.requireNonNull(urgent, "urgent");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .post("/{id}/clear", this::clear);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        Responses.json(res, urgent.list());
    }

    private void create(ServerRequest req, ServerResponse res) {
        Caller admin = auth.requireAdmin(req);
        UrgentMessages.UrgentView view = urgent.create(admin, RequestBodies.json(req, UrgentMessages.UrgentRequest.class));
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/urgent/" + view.id());
        Responses.json(res, view);
    }

    private void get(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        Responses.json(res, urgent.find(req.path().pathParameters().get("id")));
    }

    private void clear(ServerRequest req, ServerResponse res) {
        Caller admin = auth.requireAdmin(req);
        Responses.json(res, urgent.clear(admin, req.path().pathParameters().get("id")));
    }
}
