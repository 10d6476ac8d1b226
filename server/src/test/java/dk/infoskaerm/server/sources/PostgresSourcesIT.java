package dk.infoskaerm.server.sources;

import dk.infoskaerm.server.TestConfigs;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Map;

/** The sources contract on PostgreSQL (a throwaway cluster on loopback). */
class PostgresSourcesIT extends SourcesContract {

    @Override
    Config config(Path dataDir, Map<String, String> extra) {
        return TestConfigs.postgres(dataDir, extra);
    }
}
