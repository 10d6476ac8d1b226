package dk.infoskaerm.server;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Map;

/** The server contract on the embedded H2 database. */
class H2ServerIT extends ServerContract {

    @Override
    Config config(Path dataDir, Map<String, String> extra) {
        return TestConfigs.h2(dataDir, extra);
    }
}
