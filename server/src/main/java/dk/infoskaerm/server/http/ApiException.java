package dk.infoskaerm.server.http;

import io.helidon.http.Status;
import java.util.Objects;

/** A request the API refuses, with the status and the Danish message the caller sees. */
public final class ApiException extends RuntimeException {

    private final transient Status status;
    private final String field;

    /** A refusal with {@code status}; {@code field} names the offending input, or null. */
    public ApiException(Status status, String message, String field) {
        super(Objects.requireNonNull(message, "message"));
        this.status = Objects.requireNonNull(status, "status");
        this.field = field;
    }

    /** 404 for something that does not exist. */
    public static ApiException notFound(String message, String field) {
        return new ApiException(Status.NOT_FOUND_404, message, field);
    }

    /** 422 for input that is well-formed but not acceptable; {@code field} names it. */
    public static ApiException invalid(String message, String field) {
        return new ApiException(Status.UNPROCESSABLE_CONTENT_422, message, field);
    }

    /** The HTTP status to answer with. */
    public Status status() {
        return status;
    }

    /** The input field it concerns, or null. */
    public String field() {
        return field;
    }
}
