package dk.infoskaerm.server.sources;

import dk.infoskaerm.server.TestConfigs;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Map;

/** The sources contract on the embedded H2 database. */
class H2SourcesIT extends SourcesContract {

    @Override
    Config config(Path dataDir, Map<String, String> extra) {
        return TestConfigs.h2(dataDir, extra);
    }
}
