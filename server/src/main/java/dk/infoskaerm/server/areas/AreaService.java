package dk.infoskaerm.server.areas;

import dk.infoskaerm.server.http.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** {@code /api/v1/areas}: the municipality's lokalområder. */
public final class AreaService implements HttpService {

    private final AreaRepository areas;

    /** A service over {@code areas}. */
    public AreaService(AreaRepository areas) {
        this.areas = Objects.requireNonNull(areas, "areas");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, areas.list());
    }
}
