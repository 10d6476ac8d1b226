package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.accounts.Auth;
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

/**
 * {@code /api/v1/book}: Book-en-Politiker. Anyone files a request and follows it by its private link;
 * administrators handle the requests and make an agreed one a dialogue meeting.
 */
public final class BookService implements HttpService {

    private static final int MAX_BYTES = 8 * 1024;

    private final BookRequests requests;
    private final Auth auth;

    /** A service over {@code requests}, handled by administrators as {@code auth} tells. */
    public BookService(BookRequests requests, Auth auth) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::submit)
                .get("/", this::list)
                .get("/status/{code}", this::status)
                .put("/{id}", this::handle)
                .post("/{id}/meeting", this::meeting);
    }

    private void submit(ServerRequest req, ServerResponse res) {
        BookRequests.Request body = RequestBodies.json(req, BookRequests.Request.class, MAX_BYTES);
        String secret = requests.submit(body, req.remotePeer().host());
        res.status(Status.CREATED_201).header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, Map.of("statusCode", secret));
    }

    private void list(ServerRequest req, ServerResponse res) {
        auth.requireAdmin(req);
        Responses.json(res, requests.all());
    }

    private void status(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, requests.status(req.path().pathParameters().get("code")));
    }

    private void handle(ServerRequest req, ServerResponse res) {
        var caller = auth.requireAdmin(req);
        BookRequests.Handling body = RequestBodies.json(req, BookRequests.Handling.class);
        Responses.json(res, requests.handle(caller, req.path().pathParameters().get("id"), body));
    }

    private void meeting(ServerRequest req, ServerResponse res) {
        var caller = auth.requireAdmin(req);
        BookRequests.MeetingRequest body = RequestBodies.json(req, BookRequests.MeetingRequest.class);
        Meetings.Meeting m = requests.makeMeeting(caller, req.path().pathParameters().get("id"), body);
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/meetings/" + m.id());
        Responses.json(res, m);
    }
}
