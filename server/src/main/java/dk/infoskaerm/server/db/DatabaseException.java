package dk.infoskaerm.server.db;

import java.sql.SQLException;

/** An unexpected failure of the database; answered as 503 and logged, never shown as a stack trace. */
public final class DatabaseException extends RuntimeException {

    DatabaseException(SQLException cause) {
        super("database error: " + cause.getMessage(), cause);
    }
}
