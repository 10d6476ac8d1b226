package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.http.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * {@code /api/v1/moderation}: the approval queue (administrators, and trusted volunteers where the area allows it),
 * approve, reject with a reason, and each area's moderation setting (read by anyone logged in, set by
 * administrators).
 */
public final class ModerationService implements HttpService {

    private final Posts posts;
    private final Auth auth;

    /** A service over {@code posts}, guarded by {@code auth}. */
    public ModerationService(Posts posts, Auth auth) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/queue", this::queue)
                .post("/posts/{id}/approve", this::approve)
                .post("/posts/{id}/reject", this::reject)
                .get("/areas", this::areas)
                .put("/areas/{slug}", this::setArea);
    }

    record RejectRequest(String reason) {
    }

    record AreaRequest(String moderation, Boolean trustedMayApprove) {
    }

    record AreaView(String area, String moderation, boolean trustedMayApprove) {
        static AreaView of(AreaModeration m) {
            return new AreaView(m.area(), m.mode(), m.trustedMayApprove());
        }
    }

    private void queue(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Responses.json(res, posts.queue(caller).stream().map(PostView::of).toList());
    }

    private void approve(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Responses.json(res, PostView.of(posts.approve(caller, req.path().pathParameters().get("id"))));
    }

    private void reject(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        RejectRequest body = RequestBodies.json(req, RejectRequest.class);
        Responses.json(res, PostView.of(posts.reject(caller, req.path().pathParameters().get("id"), body.reason())));
    }

    private void areas(ServerRequest req, ServerResponse res) {
        auth.require(req);
        Responses.json(res, posts.moderationSettings().stream().map(AreaView::of).toList());
    }

    private void setArea(ServerRequest req, ServerResponse res) {
        Caller admin = auth.requireAdmin(req);
        AreaRequest body = RequestBodies.json(req, AreaRequest.class);
        AreaModeration m = posts.setModeration(admin, req.path().pathParameters().get("slug"), body.moderation(),
                Boolean.TRUE.equals(body.trustedMayApprove()));
        Responses.json(res, AreaView.of(m));
    }
}
