package dk.infoskaerm.server;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Map;

/** The server contract on PostgreSQL (a throwaway cluster on loopback). */
class PostgresServerIT extends ServerContract {

    @Override
    Config config(Path dataDir, Map<String, String> extra) {
        return TestConfigs.postgres(dataDir, extra);
    }
}
