package dk.infoskaerm.server.posts;

import dk.infoskaerm.server.http.ApiException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** {@code /api/v1/images/{id}}: the re-encoded images of posts. Public, like the feed; ids are random 128-bit. */
public final class ImageService implements HttpService {

    /** Where the images are served; an item's picture is this followed by the image's id. */
    public static final String PATH = "/api/v1/images/";

    private final Posts posts;

    /** A service over {@code posts}. */
    public ImageService(Posts posts) {
        this.posts = Objects.requireNonNull(posts, "posts");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}", this::image);
    }

    private void image(ServerRequest req, ServerResponse res) {
        Images.Processed image = posts.image(req.path().pathParameters().get("id"))
                .orElseThrow(() -> ApiException.notFound("images.notFound", "id"));
        res.header(HeaderNames.CONTENT_TYPE, image.contentType());
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=31536000, immutable");
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.send(image.bytes());
    }
}
