package dk.infoskaerm.server.areas;

import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.posts.Images;
import io.helidon.http.Status;
import dk.infoskaerm.server.http.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * {@code /api/v1/areas/{slug}/contact}: who to contact in the area with an idea. Public to read, as the screens
 * show it anyway; administrators change it.
 */
public final class AreaContactService implements HttpService {

    private final AreaContacts contacts;
    private final AreaRepository areas;
    private final Auth auth;

    /** A service over {@code contacts} of {@code areas}, changed by administrators as {@code auth} tells. */
    public AreaContactService(AreaContacts contacts, AreaRepository areas, Auth auth) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{slug}/contact", this::get)
                .put("/{slug}/contact", this::put)
                .put("/{slug}/contact/photo", this::putPhoto)
                .delete("/{slug}/contact/photo", this::deletePhoto);
    }

    private void get(ServerRequest req, ServerResponse res) {
        String slug = req.path().pathParameters().get("slug");
        if (areas.find(slug).isEmpty()) {
            throw ApiException.notFound("area.notFound", "slug");
        }
        Responses.json(res, contacts.find(slug));
    }

    private void putPhoto(ServerRequest req, ServerResponse res) {
        var caller = auth.requireAdmin(req);
        String type = req.headers().contentType().map(t -> t.mediaType().text()).orElse("");
        if (!type.startsWith("image/")) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "images.contentType", "photo");
        }
        byte[] upload = RequestBodies.bytes(req, Images.MAX_BYTES);
        Responses.json(res, contacts.setPhoto(caller, req.path().pathParameters().get("slug"), upload));
    }

    private void deletePhoto(ServerRequest req, ServerResponse res) {
        var caller = auth.requireAdmin(req);
        Responses.json(res, contacts.setPhoto(caller, req.path().pathParameters().get("slug"), null));
    }

    private void put(ServerRequest req, ServerResponse res) {
        var caller = auth.requireAdmin(req);
        AreaContacts.Contact body = RequestBodies.json(req, AreaContacts.Contact.class);
        Responses.json(res, contacts.save(caller, req.path().pathParameters().get("slug"), body));
    }
}
