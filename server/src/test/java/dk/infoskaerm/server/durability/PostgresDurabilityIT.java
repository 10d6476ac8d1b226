package dk.infoskaerm.server.durability;

import dk.infoskaerm.server.testing.PostgresCluster;
import java.util.Map;

/** Acknowledged writes survive {@code kill -9} of the server on PostgreSQL (the throwaway test cluster). */
class PostgresDurabilityIT extends DurabilityContract {

    @Override
    Map<String, String> databaseProperties() {
        PostgresCluster pg = PostgresCluster.shared();
        return Map.of("db.url", pg.newDatabase(), "db.user", pg.user(), "db.password", pg.password());
    }
}
