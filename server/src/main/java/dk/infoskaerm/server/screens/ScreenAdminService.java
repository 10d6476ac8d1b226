package dk.infoskaerm.server.screens;

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
import java.util.Map;
import java.util.Objects;

/** {@code /api/v1/screens} for administrators: the screens with their health, and changes to them. */
public final class ScreenAdminService implements HttpService {

    private final ScreenAdmin admin;
    private final Auth auth;

    /** A service over {@code admin}, for administrators as {@code auth} tells. */
    public ScreenAdminService(ScreenAdmin admin, Auth auth) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .put("/{id}", this::update)
                .delete("/{id}", this::delete)
                .post("/{id}/token", this::rotate)
                .get("/{id}/screenshot", this::screenshot);
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        Responses.json(res, admin.list());
    }

    private void get(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        Responses.json(res, admin.require(id(req)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Caller caller = auth.requireAdmin(req);
        ScreenAdmin.Created created = admin.create(caller, RequestBodies.json(req, ScreenAdmin.ScreenInput.class));
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/screens/" + created.screen().id());
        Responses.json(res, created);
    }

    private void update(ServerRequest req, ServerResponse res) {
        Caller caller = auth.requireAdmin(req);
        Responses.json(res, admin.update(caller, id(req), RequestBodies.json(req, ScreenAdmin.ScreenInput.class)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        admin.delete(auth.requireAdmin(req), id(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void rotate(ServerRequest req, ServerResponse res) {
        String token = admin.rotateToken(auth.requireAdmin(req), id(req));
        Responses.json(res, Map.of("deviceToken", token));
    }

    private void screenshot(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        byte[] png = admin.screenshot(id(req));
        res.header(HeaderNames.CONTENT_TYPE, "image/png");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(png);
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
