package dk.infoskaerm.server.http;

import io.helidon.http.Status;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A request the API refuses, with the status and the message the caller sees: a key of {@link ApiTexts} and its
 * arguments, put into words in the caller's language when the answer is written. {@link #getMessage()} is the
 * Danish text, for logs.
 */
public final class ApiException extends RuntimeException {

    private final transient Status status;
    private final String key;
    private final String field;
    private final String[] args;

    /**
     * A refusal with {@code status}, said by the text {@code key} with {@code args} filled in (as {@code {0}},
     * {@code {1}}, … written as by string concatenation); {@code field} names the offending input, or null.
     */
    public ApiException(Status status, String key, String field, Object... args) {
        this(status, key, field, Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    }

    private ApiException(Status status, String key, String field, String[] args) {
        super(ApiTexts.text(ApiTexts.DANISH, Objects.requireNonNull(key, "key"), (Object[]) args));
        this.status = Objects.requireNonNull(status, "status");
        this.key = key;
        this.field = field;
        this.args = args;
    }

    /** 404 for something that does not exist. */
    public static ApiException notFound(String key, String field, Object... args) {
        return new ApiException(Status.NOT_FOUND_404, key, field, args);
    }

    /** 422 for input that is well-formed but not acceptable; {@code field} names it. */
    public static ApiException invalid(String key, String field, Object... args) {
        return new ApiException(Status.UNPROCESSABLE_CONTENT_422, key, field, args);
    }

    /** The same refusal with another status, text or field, keeping the arguments. */
    public ApiException with(Status newStatus, String newKey, String newField) {
        return new ApiException(newStatus, newKey, newField, args);
    }

    /** The HTTP status to answer with. */
    public Status status() {
        return status;
    }

    /** The key of the text. */
    public String key() {
        return key;
    }

    /** The input field it concerns, or null. */
    public String field() {
        return field;
    }

    /** The message in {@code language}. */
    public String text(Locale language) {
        return ApiTexts.text(language, key, (Object[]) args);
    }
}
