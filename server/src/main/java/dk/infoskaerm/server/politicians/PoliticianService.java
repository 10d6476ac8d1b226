package dk.infoskaerm.server.politicians;

import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.http.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** {@code /api/v1/politicians}: the register; everyone logged in reads it (to pick from), administrators keep it. */
public final class PoliticianService implements HttpService {

    private final Politicians politicians;
    private final Auth auth;

    /** A service over {@code politicians}, guarded by {@code auth}. */
    public PoliticianService(Politicians politicians, Auth auth) {
        this.politicians = Objects.requireNonNull(politicians, "politicians");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .put("/{id}", this::edit)
                .delete("/{id}", this::delete);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.require(req);
        Responses.json(res, politicians.all());
    }

    private void create(ServerRequest req, ServerResponse res) {
        var caller = auth.requireAdmin(req);
        Politicians.Politician p = politicians.create(caller, RequestBodies.json(req, Politicians.Politician.class));
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/politicians/" + p.id());
        Responses.json(res, p);
    }

    private void get(ServerRequest req, ServerResponse res) {
        auth.require(req);
        Responses.json(res, politicians.require(req.path().pathParameters().get("id")));
    }

    private void edit(ServerRequest req, ServerResponse res) {
        var caller = auth.requireAdmin(req);
        Politicians.Politician body = RequestBodies.json(req, Politicians.Politician.class);
        Responses.json(res, politicians.edit(caller, req.path().pathParameters().get("id"), body));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        politicians.delete(auth.requireAdmin(req), req.path().pathParameters().get("id"));
        res.status(Status.NO_CONTENT_204).send();
    }
}
