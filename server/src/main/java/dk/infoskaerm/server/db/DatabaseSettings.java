package dk.infoskaerm.server.db;

import java.util.Objects;

/**
 * Where the database is.
 *
 * @param url a {@code jdbc:postgresql:} URL, or blank for the embedded H2 database in the data folder
 * @param user the user; blank means H2's default
 * @param password the password
 * @param poolSize the largest number of pooled connections
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

    /** Checks the parts are there. */
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The password stays out of logs and error messages. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
