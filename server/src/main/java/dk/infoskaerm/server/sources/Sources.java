package dk.infoskaerm.server.sources;

import dk.infoskaerm.content.importers.AddressGuard;
import dk.infoskaerm.content.importers.SourceFetcher;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.db.Database;
import java.time.Clock;
import java.util.Objects;

/** The sources feature, wired once: repository, fetcher, importer and scheduler. */
public final class Sources implements AutoCloseable {

    private final SourceSettings settings;
    private final SourceRepository repository;
    private final SourceFetcher fetcher;
    private final SourceImporter importer;
    private final SourceScheduler scheduler;
    private final AreaRepository areas;
    private final Clock clock;

    private Sources(SourceSettings settings, Database db, AreaRepository areas, Clock clock) {
        this.settings = settings;
        this.areas = Objects.requireNonNull(areas, "areas");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.repository = new SourceRepository(db);
        this.fetcher = new SourceFetcher(settings.connectTimeout(), settings.requestTimeout(), settings.maxBytes(),
                settings.allowPrivateSources() ? AddressGuard.ANY : AddressGuard.PUBLIC_ONLY);
        this.importer = new SourceImporter(repository, fetcher, settings, clock);
        this.scheduler = new SourceScheduler(repository, importer, settings, clock);
    }

    /** The feature on {@code db} with {@code settings}; its scheduler runs once {@link #start()} is called. */
    public static Sources create(SourceSettings settings, Database db, AreaRepository areas, Clock clock) {
        return new Sources(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(db, "db"), areas, clock);
    }

    /** Starts the scheduler. */
    public void start() {
        scheduler.start();
    }

    SourceRepository repository() {
        return repository;
    }

    SourceFetcher fetcher() {
        return fetcher;
    }

    SourceImporter importer() {
        return importer;
    }

    AreaRepository areas() {
        return areas;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
