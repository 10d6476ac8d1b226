package dk.infoskaerm.client.feed;

import java.io.IOException;
import java.net.URI;

/** Fetching a feed failed; names the URL and, when the server answered, the HTTP status. */
public final class FeedFetchException extends IOException {

    private static final long serialVersionUID = 1L;

    private final URI uri;
    private final int status;

    FeedFetchException(URI uri, int status, String reason, Throwable cause) {
        super("GET " + uri + ": " + (status > 0 ? "HTTP " + status + ": " : "") + reason, cause);
        this.uri = uri;
        this.status = status;
    }

    /** The URL that was fetched. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status, or -1 when there was no answer. */
    public int status() {
        return status;
    }
}
