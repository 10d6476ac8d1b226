package dk.infoskaerm.server.http;

import dk.infoskaerm.server.db.DatabaseException;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Maps exceptions to the one JSON error shape, in one place; never sends a stack trace. */
public final class ErrorHandlers {

    private static final Logger LOG = Logger.getLogger(ErrorHandlers.class.getName());

    private ErrorHandlers() {
    }

    /**
     * Registers the handlers and a JSON 404 for unknown API paths; any other unknown path is answered by
     * {@code pageNotFound} (a page for people), and other HTTP-level failures keep their status.
     */
    public static void register(HttpRouting.Builder routing, BiConsumer<ServerRequest, ServerResponse> pageNotFound) {
        routing.error(ApiException.class, ErrorHandlers::send)
                .error(HttpException.class, (req, res, e) -> {
                    String path = req.prologue().uriPath().path();
                    if (e.status().code() == Status.NOT_FOUND_404.code()) {
                        if (path.startsWith("/api/")) {
                            send(req, res, ApiException.notFound("http.noSuchAddress", null, path));
                        } else {
                            pageNotFound.accept(req, res);
                        }
                    } else {
                        send(req, res, new ApiException(e.status(), "http.refused", null, e.status().code()));
                    }
                })
                .error(DatabaseException.class, (req, res, e) -> {
                    LOG.log(Level.SEVERE, "Database failure on " + req.prologue().uriPath().path(), e);
                    send(req, res, new ApiException(Status.SERVICE_UNAVAILABLE_503, "http.database", null));
                })
                .error(Exception.class, (req, res, e) -> {
                    LOG.log(Level.SEVERE, "Unexpected failure on " + req.prologue().uriPath().path(), e);
                    send(req, res, new ApiException(Status.INTERNAL_SERVER_ERROR_500, "http.internal", null));
                })
                .any("/api/*", (req, res) -> send(req, res,
                        ApiException.notFound("http.noSuchAddress", null, req.prologue().uriPath().path())));
    }

    /** Answers with {@code e}'s status and its text in the caller's language (see {@link ApiTexts#of}). */
    private static void send(ServerRequest req, ServerResponse res, ApiException e) {
        Responses.error(res, e.status(), e.text(ApiTexts.of(req)), e.field());
    }
}
