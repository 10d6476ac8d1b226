package dk.infoskaerm.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The database: H2 in a file under the data folder by default, PostgreSQL when {@code db.url} says so.
 * The schema is made by Flyway migrations that run unchanged on both.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final HikariDataSource dataSource;
    private final String url;
    private final List<Consumer<ContentChange>> contentListeners = new CopyOnWriteArrayList<>();

    private Database(HikariDataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.url = url;
    }

    /**
     * Opens the database described by {@code db} and migrates it.
     *
     * @param db where it is
     * @param dataDir the folder for the embedded database when {@code db.url} is not set
     */
    public static Database open(DatabaseSettings db, Path dataDir) {
        Objects.requireNonNull(db, "db");
        String url = db.url();
        if (url.isBlank()) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data folder " + dataDir.toAbsolutePath(), e);
            }
            // WRITE_DELAY=0: H2 writes each commit to the file before the commit returns; by default it writes a
            // second later, and a write acknowledged in between is lost when the process is killed.
            url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("infoskaerm")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
        String user = db.user();
        if (user.isBlank() && url.startsWith("jdbc:h2:")) {
            user = "sa";
        }
        Database database = open(url, user, db.password(), db.poolSize());
        if (db.url().isBlank()) {
            try {
                ownerOnly(dataDir);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }
        return database;
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

    /**
     * The data folder readable by the server's user alone (0700), and the database files in it (0600): they hold
     * password hashes, sessions and device-token hashes.
     */
    private static void ownerOnly(Path dataDir) {
        try {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.newDirectoryStream(dataDir, "infoskaerm*.db")) {
                for (Path file : files) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions on this file system
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data folder " + dataDir.toAbsolutePath()
                    + " private to the server's user", e);
        }
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

    /**
     * Runs {@code work}, which changes what screens show, in one transaction: the repositories it calls record the
     * areas they touch ({@link ContentScope}); the content version is bumped and the change logged in the same
     * transaction, and after the commit this instance's listeners hear of it. The one way to change content.
     */
    public <T> T inContentTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        ContentChange[] committed = new ContentChange[1];
        T result = inTransaction(c -> {
            ContentScope scope = ContentScope.open(c);
            try {
                T r = work.run(c);
                committed[0] = scope.touchedNothing() ? null : ContentLog.append(c, scope);
                return r;
            } finally {
                ContentScope.close(c);
            }
        });
        if (committed[0] != null) {
            for (Consumer<ContentChange> listener : contentListeners) {
                try {
                    listener.accept(committed[0]);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A listener of content changes failed", e);
                }
            }
        }
        return result;
    }

    /** Tells {@code listener} of every content change committed through this instance, right after its commit. */
    public void onContentChange(Consumer<ContentChange> listener) {
        contentListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The current content version, which every committed content change of any instance bumps. */
    public long contentVersion() {
        return read(ContentLog::current);
    }

    /**
     * The changes committed by any instance after {@code version}, as one; empty when there were none. When the log
     * no longer reaches back that far, the answer concerns every area.
     */
    public Optional<ContentChange> contentChangesSince(long version) {
        return read(c -> {
            long current = ContentLog.current(c);
            if (current == version) {
                return Optional.empty();
            }
            List<ContentChange> changes = ContentLog.between(c, version, current);
            if (current < version || changes.size() != current - version) {
                return Optional.of(new ContentChange(current, true, Set.of()));
            }
            return changes.stream().reduce(ContentChange::and);
        });
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
