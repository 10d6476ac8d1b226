package dk.infoskaerm.server.areas;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Slugs;
import dk.infoskaerm.server.accounts.Auth;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.http.ApiException;
import dk.infoskaerm.server.http.PlainText;
import dk.infoskaerm.server.http.RequestBodies;
import dk.infoskaerm.server.http.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** {@code /api/v1/areas}: the municipality's lokalområder; administrators add and rename them. */
public final class AreaService implements HttpService {

    private final Database db;
    private final AreaRepository areas;
    private final Auth auth;
    private final AreaContacts contacts;

    /**
     * A service over {@code areas}; changes need an administrator as {@code auth} tells. A new area gets the
     * standing invitations of {@code contacts} ("Book en politiker") at once.
     */
    public AreaService(Database db, AreaRepository areas, Auth auth, AreaContacts contacts) {
        this.db = Objects.requireNonNull(db, "db");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .put("/{slug}", this::rename);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, areas.list());
    }

    private void create(ServerRequest req, ServerResponse res) {
        Caller caller = auth.requireAdmin(req);
        String name = name(req);
        Area area = new Area(slugOf(name), name);
        db.inContentTransaction(c -> {
            // on the transaction's own connection: a second one from the pool could wait for ever under load
            if (!AreaRepository.insert(c, area)) {
                throw new ApiException(Status.CONFLICT_409, "area.exists", "name", area.name());
            }
            contacts.syncBookSlide(c);
            AuditLog.record(c, caller.id(), caller.name(), "create", "area", area.slug(), area.name());
            return null;
        });
        res.status(Status.CREATED_201).header(HeaderNames.LOCATION, "/api/v1/areas/" + area.slug());
        Responses.json(res, area);
    }

    private void rename(ServerRequest req, ServerResponse res) {
        Caller caller = auth.requireAdmin(req);
        String slug = req.path().pathParameters().get("slug");
        Area renamed = new Area(areas.find(slug).orElseThrow(() ->
                ApiException.notFound("area.notFoundQuoted", "slug", slug)).slug(), name(req));
        db.inContentTransaction(c -> {
            AreaRepository.rename(c, renamed);
            AuditLog.record(c, caller.id(), caller.name(), "update", "area", slug, renamed.name());
            return null;
        });
        Responses.json(res, renamed);
    }

    private static String name(ServerRequest req) {
        return PlainText.field(RequestBodies.json(req, AreaInput.class).name(), "name", 100, true);
    }

    private static String slugOf(String name) {
        try {
            return Slugs.of(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("area.nameLetters", "name");
        }
    }

    /**
     * What an administrator sends.
     *
     * @param name the area's name
     */
    record AreaInput(String name) {
    }
}
