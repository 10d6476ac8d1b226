package dk.infoskaerm.server;

import dk.infoskaerm.server.db.Database;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/** Ready when the database answers. */
final class DatabaseHealthCheck implements HealthCheck {

    private final Database db;

    DatabaseHealthCheck(Database db) {
        this.db = db;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.builder().status(db.isAlive()).build();
    }
}
