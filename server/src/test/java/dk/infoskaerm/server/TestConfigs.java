package dk.infoskaerm.server;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import dk.infoskaerm.server.testing.PostgresCluster;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Configs for tests: a fresh embedded database in a folder of the test's own, port 0 unless told. */
public final class TestConfigs {

    private TestConfigs() {
    }

    private static final Map<Path, String> POSTGRES_BY_DATA_DIR = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A server config on the database the test run selects with the system property {@code infoskaerm.test.db}:
     * {@code h2} (default) or {@code postgres}. On PostgreSQL, one data folder keeps one database, so a test
     * that restarts its server on the same folder finds its data again.
     */
    public static Config selected(Path dataDir, Map<String, String> extra) {
        if (!"postgres".equals(System.getProperty("infoskaerm.test.db", "h2"))) {
            return h2(dataDir, extra);
        }
        PostgresCluster pg = PostgresCluster.shared();
        Map<String, String> values = new HashMap<>(extra);
        values.putIfAbsent("db.url", POSTGRES_BY_DATA_DIR.computeIfAbsent(dataDir.toAbsolutePath(), d -> pg.newDatabase()));
        return postgres(dataDir, values);
    }

    /** A server config on a fresh database of the test PostgreSQL cluster, plus {@code extra} keys. */
    public static Config postgres(Path dataDir, Map<String, String> extra) {
        PostgresCluster pg = PostgresCluster.shared();
        Map<String, String> values = new HashMap<>(extra);
        values.putIfAbsent("db.url", pg.newDatabase());
        values.putIfAbsent("db.user", pg.user());
        values.putIfAbsent("db.password", pg.password());
        return h2(dataDir, values);
    }

    /** An H2 server config with its data under {@code dataDir}, plus {@code extra} keys. */
    public static Config h2(Path dataDir, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("server.port", "0");
        values.put("server.host", "127.0.0.1");
        values.put("infoskaerm.data", dataDir.toString());
        // the tests serve their sources on loopback
        values.put("infoskaerm.allow-private-sources", "true");
        values.putAll(extra);
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(values))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
    }
}
