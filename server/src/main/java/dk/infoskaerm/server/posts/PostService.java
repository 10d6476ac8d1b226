package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.http.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import java.util.Set;

/**
 * {@code /api/v1/posts}: announcements. Create, list (a volunteer's own areas, or all for administrators), read,
 * edit, withdraw. The picture comes in base64 with the post (one request: both are saved or neither), or alone as
 * the raw request body of {@code PUT /{id}/image}.
 */
public final class PostService implements HttpService {

    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp",
            "application/octet-stream");

    private final Posts posts;
    private final Auth auth;

    /** A service over {@code posts}, guarded by {@code auth}. */
    public PostService(Posts posts, Auth auth) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .put("/{id}", this::edit)
                .post("/{id}/withdraw", this::withdraw)
                .put("/{id}/image", this::image);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Responses.json(res, posts.visibleTo(caller).stream().map(PostView::of).toList());
    }

    private void create(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Post post = posts.create(caller, Images.jsonWithPicture(req, Posts.PostRequest.class));
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/posts/" + post.id());
        Responses.json(res, PostView.of(post));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Responses.json(res, PostView.of(posts.get(caller, id(req))));
    }

    private void edit(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Posts.PostRequest body = Images.jsonWithPicture(req, Posts.PostRequest.class);
        Responses.json(res, PostView.of(posts.edit(caller, id(req), body)));
    }

    private void withdraw(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        Responses.json(res, PostView.of(posts.withdraw(caller, id(req))));
    }

    private void image(ServerRequest req, ServerResponse res) {
        Caller caller = auth.require(req);
        String type = req.headers().contentType().map(HttpMediaType::mediaType).map(m -> m.text()).orElse("");
        if (!IMAGE_TYPES.contains(type)) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "images.contentType", "image");
        }
        byte[] bytes;
        try {
            bytes = RequestBodies.bytes(req, Images.MAX_BYTES);
        } catch (ApiException e) {
            throw e.status() == Status.REQUEST_ENTITY_TOO_LARGE_413 ? Images.tooLarge() : e;
        }
        Images.Processed image = Images.process(bytes);
        Responses.json(res, PostView.of(posts.setImage(caller, id(req), image)));
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
