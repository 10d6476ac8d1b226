package dk.infoskaerm.server.sources;

import dk.infoskaerm.content.importers.SourceFetcher;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.db.Database;
import io.helidon.config.Config;
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
    private final Runnable contentChanged;

    private Sources(SourceSettings settings, Database db, AreaRepository areas, Clock clock, Runnable contentChanged) {
        this.settings = settings;
        this.areas = Objects.requireNonNull(areas, "areas");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.contentChanged = Objects.requireNonNull(contentChanged, "contentChanged");
        this.repository = new SourceRepository(db);
        this.fetcher = new SourceFetcher(settings.connectTimeout(), settings.requestTimeout(), settings.maxBytes());
        this.importer = new SourceImporter(repository, fetcher, settings, clock, contentChanged);
        this.scheduler = new SourceScheduler(repository, importer, settings, clock);
    }

    /**
     * The feature on {@code db}, configured by the {@code infoskaerm.sources} node; {@code contentChanged} runs
     * after each committed import or deletion.
     */
    public static Sources create(Config config, Database db, AreaRepository areas, Clock clock, Runnable contentChanged) {
        return new Sources(SourceSettings.of(config), Objects.requireNonNull(db, "db"), areas, clock, contentChanged);
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

    Runnable contentChanged() {
        return contentChanged;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
