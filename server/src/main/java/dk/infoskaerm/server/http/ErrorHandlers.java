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
        routing.error(ApiException.class, (req, res, e) -> Responses.error(res, e.status(), e.getMessage(), e.field()))
                .error(HttpException.class, (req, res, e) -> {
                    String path = req.prologue().uriPath().path();
                    if (e.status().code() == Status.NOT_FOUND_404.code()) {
                        if (path.startsWith("/api/")) {
                            Responses.error(res, Status.NOT_FOUND_404, "Adressen findes ikke: " + path, null);
                        } else {
                            pageNotFound.accept(req, res);
                        }
                    } else {
                        Responses.error(res, e.status(),
                                "Forespørgslen kan ikke behandles (" + e.status().code() + ").", null);
                    }
                })
                .error(DatabaseException.class, (req, res, e) -> {
                    LOG.log(Level.SEVERE, "Database failure on " + req.prologue().uriPath().path(), e);
                    Responses.error(res, Status.SERVICE_UNAVAILABLE_503, "Databasen svarer ikke lige nu. Prøv igen om lidt.", null);
                })
                .error(Exception.class, (req, res, e) -> {
                    LOG.log(Level.SEVERE, "Unexpected failure on " + req.prologue().uriPath().path(), e);
                    Responses.error(res, Status.INTERNAL_SERVER_ERROR_500, "Der opstod en intern fejl.", null);
                })
                .any("/api/*", (req, res) -> Responses.error(res, Status.NOT_FOUND_404,
                        "Adressen findes ikke: " + req.prologue().uriPath().path(), null));
    }
}
