package dk.infoskaerm.server;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Configs for tests: a fresh embedded database in a folder of the test's own, port 0 unless told. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** An H2 server config with its data under {@code dataDir}, plus {@code extra} keys. */
    public static Config h2(Path dataDir, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("server.port", "0");
        values.put("server.host", "127.0.0.1");
        values.put("infoskaerm.data", dataDir.toString());
        values.putAll(extra);
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(values))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
    }
}
