package dk.infoskaerm.server.http;

import dk.infoskaerm.content.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The one JSON error shape and JSON bodies. */
public final class Responses {

    private Responses() {
    }

    /** Sends {@code value} as JSON with status 200. */
    public static void json(ServerResponse res, Object value) {
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.send(Json.write(value));
    }

    /** Sends {@code {"error": message, "field": field}} with {@code status}. */
    public static void error(ServerResponse res, Status status, String message, String field) {
        res.status(status);
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(Json.write(new ApiError(message, field)));
    }

    /** The error body; {@code field} is written even when null, so clients see one shape. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ApiError(String error, String field) {
    }
}
