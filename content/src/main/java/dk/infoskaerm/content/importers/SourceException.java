package dk.infoskaerm.content.importers;

import java.io.IOException;

/** A source that cannot be read at all; the message names the source (URL or file) and the reason. */
public class SourceException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /** A source that failed for {@code reason}. */
    public SourceException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    /** A source that failed for {@code reason}, caused by {@code cause}. */
    public SourceException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    /** The URL or file that failed. */
    public String source() {
        return source;
    }
}
