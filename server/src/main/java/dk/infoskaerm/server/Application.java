package dk.infoskaerm.server;

import dk.infoskaerm.content.feed.ComposerSettings;
import dk.infoskaerm.content.feed.FeedComposer;
import dk.infoskaerm.server.accounts.Accounts;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.screens.ContentWatcher;
import dk.infoskaerm.server.screens.FeedCache;
import dk.infoskaerm.server.screens.ScreenRepository;
import dk.infoskaerm.server.seed.SeedData;
import dk.infoskaerm.server.seed.Seeder;
import io.helidon.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/** The server's parts, wired once from config: database, repositories, caches. */
public final class Application implements AutoCloseable {

    private final Database db;
    private final AreaRepository areas;
    private final ScreenRepository screens;
    private final ItemRepository items;
    private final ContentWatcher watcher;
    private final FeedCache feeds;
    private final Accounts accounts;
    private final AuditLog audit;

    private Application(Database db, ComposerSettings composer, Clock clock, Accounts accounts) {
        this.db = db;
        this.areas = new AreaRepository(db);
        this.screens = new ScreenRepository(db);
        this.items = new ItemRepository(db);
        this.watcher = new ContentWatcher(db, Duration.ofSeconds(1));
        this.feeds = new FeedCache(screens, areas, items, new FeedComposer(composer), watcher, clock);
        this.accounts = accounts;
        this.audit = new AuditLog(db);
    }

    /** Opens the database named by {@code config}, migrates it and loads the seed data on a first start. */
    public static Application create(Config config) {
        Config app = config.get("infoskaerm");
        Path dataDir = Path.of(app.get("data").asString().orElse("data"));
        Database db = Database.open(config.get("db"), dataDir);
        try {
            Seeder.seedIfEmpty(db, seed(app.get("seed").asString().orElse("")));
            Accounts accounts = Accounts.create(db, new AreaRepository(db), app);
            accounts.ensureAdmin(System.out);
            return new Application(db, composerSettings(app.get("composer")), Clock.systemUTC(), accounts);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static SeedData seed(String file) {
        LocalDate today = LocalDate.now(dk.infoskaerm.content.text.DanishDates.ZONE);
        try {
            return file.isBlank() ? SeedData.builtIn(today) : SeedData.read(Path.of(file), today);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load seed data (key infoskaerm.seed): " + e.getMessage(), e);
        }
    }

    private static ComposerSettings composerSettings(Config c) {
        ComposerSettings d = ComposerSettings.DEFAULTS;
        return new ComposerSettings(
                Duration.ofDays(c.get("look-ahead-days").asInt().orElse((int) d.lookAhead().toDays())),
                Duration.ofDays(c.get("news-max-age-days").asInt().orElse((int) d.newsMaxAge().toDays())),
                c.get("max-per-kind").asInt().orElse(d.maxPerKind()),
                c.get("min-dwell-seconds").asInt().orElse(d.minDwellSeconds()),
                c.get("max-dwell-seconds").asInt().orElse(d.maxDwellSeconds()));
    }

    /** The database. */
    public Database db() {
        return db;
    }

    /** Areas. */
    public AreaRepository areas() {
        return areas;
    }

    /** Screens. */
    public ScreenRepository screens() {
        return screens;
    }

    /** Items. */
    public ItemRepository items() {
        return items;
    }

    /** The feed cache. */
    public FeedCache feeds() {
        return feeds;
    }

    /** Accounts, logins and sessions. */
    public Accounts accounts() {
        return accounts;
    }

    /** The audit log. */
    public AuditLog audit() {
        return audit;
    }

    /** Makes a change committed through this instance visible to its caches at once. */
    public void contentChanged() {
        watcher.refresh();
    }

    @Override
    public void close() {
        watcher.close();
        db.close();
    }
}
