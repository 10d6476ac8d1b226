package dk.infoskaerm.content.importers;

/** A fetch that failed: connection, timeout, size limit or an HTTP error status (0 when there was none). */
public final class FetchException extends SourceException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** A fetch of {@code url} that failed with HTTP {@code status} (0 for none) for {@code reason}, which names it. */
    public FetchException(String url, int status, String reason, Throwable cause) {
        super(url, reason, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }
}
