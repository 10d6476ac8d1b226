package dk.infoskaerm.server.http;

import io.helidon.http.HttpMediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies with a size limit and a content-type check, answering 413 and 415 clearly. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The body of a JSON request, at most {@code maxBytes}. */
    public static byte[] json(ServerRequest req, int maxBytes) {
        boolean isJson = req.headers().contentType()
                .map(type -> type.test(HttpMediaTypes.JSON_UTF_8) || type.mediaType().text().equals("application/json"))
                .orElse(false);
        if (!isJson) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415, "Beskeden skal sendes som application/json.",
                    "Content-Type");
        }
        return bytes(req, maxBytes);
    }

    /** The body, at most {@code maxBytes}. */
    public static byte[] bytes(ServerRequest req, int maxBytes) {
        long declared = req.headers().contentLength().orElse(-1);
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static ApiException tooLarge(int maxBytes) {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413,
                "Beskeden er for stor; den må højst fylde " + maxBytes + " byte.", null);
    }
}
