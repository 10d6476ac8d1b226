package dk.infoskaerm.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;

/**
 * The database: H2 in a file under the data folder by default, PostgreSQL when {@code db.url} says so.
 * The schema is made by Flyway migrations that run unchanged on both.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String url;

    private Database(HikariDataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.url = url;
    }

    /**
     * Opens the database described by the {@code db} config node and migrates it.
     *
     * @param db the {@code db} node: {@code url}, {@code user}, {@code password}, {@code pool-size}
     * @param dataDir the folder for the embedded database when {@code db.url} is not set
     */
    public static Database open(Config db, Path dataDir) {
        Objects.requireNonNull(db, "db");
        String url = db.get("url").asString().orElse("");
        if (url.isBlank()) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data folder " + dataDir.toAbsolutePath(), e);
            }
            url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("infoskaerm") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        String user = db.get("user").asString().orElse("");
        if (user.isBlank() && url.startsWith("jdbc:h2:")) {
            user = "sa";
        }
        return open(url, user,
                db.get("password").asString().orElse(""), db.get("pool-size").asInt().orElse(10));
    }

    /** Opens the database at a JDBC URL and migrates it. */
    public static Database open(String url, String user, String password, int poolSize) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("db.url must be a jdbc:h2: or jdbc:postgresql: URL: " + url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("infoskaerm");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            if (reason != null && reason.contains("already in use")) {
                reason = "it is open in another process (is another Infoskærm server running?)";
            }
            throw new IllegalStateException("cannot open the database " + url + ": " + reason, e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, url);
    }

    /** The JDBC URL, without credentials. */
    public String url() {
        return url;
    }

    /** Whether the database answers. */
    public boolean isAlive() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Runs read-only {@code work} on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        /** Does the work on {@code connection}. */
        T run(Connection connection) throws SQLException;
    }
}
