package dk.infoskaerm.server.durability;

import java.util.Map;

/** Acknowledged writes survive {@code kill -9} on the embedded default database (H2 in the data folder). */
class H2DurabilityIT extends DurabilityContract {

    @Override
    Map<String, String> databaseProperties() {
        return Map.of();
    }
}
