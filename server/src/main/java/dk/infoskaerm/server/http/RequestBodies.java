package dk.infoskaerm.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dk.infoskaerm.content.json.Json;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Request bodies read with a size limit (413), a content-type check (415) and clear JSON errors (400). */
public final class RequestBodies {

    /** The largest JSON body the API reads. */
    public static final int MAX_JSON_BYTES = 64 * 1024;

    private RequestBodies() {
    }

    /** The JSON body as {@code type}, at most {@link #MAX_JSON_BYTES}. */
    public static <T> T json(ServerRequest req, Class<T> type) {
        return json(req, type, MAX_JSON_BYTES);
    }

    /** The JSON body as {@code type}, at most {@code maxBytes}. */
    public static <T> T json(ServerRequest req, Class<T> type, int maxBytes) {
        return read(jsonBytes(req, maxBytes), type);
    }

    /** A JSON body already read as {@code type}: 400 when it is missing, not JSON or of the wrong shape. */
    public static <T> T read(byte[] body, Class<T> type) {
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw new ApiException(Status.BAD_REQUEST_400, "body.missing", null);
            }
            return value;
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().getLast().getFieldName();
            throw new ApiException(Status.BAD_REQUEST_400, "body.wrongType", field);
        } catch (JsonProcessingException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "body.notJson", null);
        } catch (IOException e) {
            // the body is in memory, so this is bytes that are no text in the encoding they announce (e.g. UTF-32)
            throw new ApiException(Status.BAD_REQUEST_400, "body.notJson", null);
        }
    }

    /** The bytes of a JSON body, at most {@code maxBytes}; 415 when it is not declared as JSON, 413 when larger. */
    public static byte[] jsonBytes(ServerRequest req, int maxBytes) {
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isEmpty() || !contentType.get().test(MediaTypes.APPLICATION_JSON)) {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "body.notJsonType", "Content-Type");
        }
        return bytes(req, maxBytes);
    }

    /** The raw body, at most {@code max} bytes; more gives 413. */
    public static byte[] bytes(ServerRequest req, int max) {
        if (req.headers().contentLength().orElse(0) > max) {
            throw tooLarge(max);
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw tooLarge(max);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request body", e);
        }
    }

    /** An ISO-8601 instant with offset ({@code 2026-05-01T10:00:00+02:00} or {@code ...Z}); null when absent. */
    public static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException(Status.UNPROCESSABLE_CONTENT_422,
                    "body.instant", field);
        }
    }

    private static ApiException tooLarge(int max) {
        String size = max >= 1024 * 1024 ? (max / (1024 * 1024)) + " MB" : (max / 1024) + " kB";
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413, "body.tooLarge", null, size);
    }
}
