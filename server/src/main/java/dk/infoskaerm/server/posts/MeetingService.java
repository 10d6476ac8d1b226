package dk.infoskaerm.server.posts;

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

/**
 * {@code /api/v1/meetings}: dialogue meetings entered by hand (administrators, volunteers of the area), and approval
 * of a pending one where the area needs it.
 */
public final class MeetingService implements HttpService {

    private final Meetings meetings;
    private final SignUps signUps;
    private final Auth auth;

    /** A service over {@code meetings} and their {@code signUps}, guarded by {@code auth}. */
    public MeetingService(Meetings meetings, SignUps signUps, Auth auth) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.signUps = Objects.requireNonNull(signUps, "signUps");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .put("/{id}", this::edit)
                .post("/{id}/approve", this::approve)
                .get("/{id}/signups", this::signUps)
                .get("/{id}/signups.csv", this::signUpsCsv)
                .delete("/{id}", this::delete);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, meetings.visibleTo(auth.require(req)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Meetings.Meeting m = meetings.create(caller, RequestBodies.json(req, Meetings.Meeting.class));
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/meetings/" + m.id());
        Responses.json(res, m);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.json(res, meetings.require(auth.require(req), req.path().pathParameters().get("id")));
    }

    private void edit(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Meetings.Meeting body = RequestBodies.json(req, Meetings.Meeting.class);
        Responses.json(res, meetings.edit(caller, req.path().pathParameters().get("id"), body));
    }

    private void approve(ServerRequest req, ServerResponse res) {
        Responses.json(res, meetings.approve(auth.require(req), req.path().pathParameters().get("id")));
    }

    private void signUps(ServerRequest req, ServerResponse res) {
        Responses.json(res, signUps.list(auth.require(req), req.path().pathParameters().get("id")));
    }

    private void signUpsCsv(ServerRequest req, ServerResponse res) {
        String csv = signUps.csv(auth.require(req), req.path().pathParameters().get("id"));
        res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=utf-8");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"tilmeldinger.csv\"");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        meetings.delete(auth.require(req), req.path().pathParameters().get("id"));
        res.status(Status.NO_CONTENT_204).send();
    }
}
