package dk.infoskaerm.server;

import dk.infoskaerm.content.feed.ComposerSettings;
import dk.infoskaerm.content.feed.FeedComposer;
import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.server.accounts.Accounts;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.screens.ContentWatcher;
import dk.infoskaerm.server.screens.FeedCache;
import dk.infoskaerm.server.screens.FeedEvents;
import dk.infoskaerm.server.screens.FeedRefresher;
import dk.infoskaerm.server.screens.ScreenRepository;
import dk.infoskaerm.server.screens.ScreenStatusRepository;
import dk.infoskaerm.server.seed.SeedData;
import dk.infoskaerm.server.seed.Seeder;
import dk.infoskaerm.server.sources.Sources;
import io.helidon.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;

/** The server's parts, wired once from config: database, repositories, caches, change events. */
public final class Application implements AutoCloseable {

    /** Where the device tokens of the demo screens are written on a first start. */
    public static final String DEVICE_TOKENS_FILE = "device-tokens.properties";

    private static final Logger LOG = Logger.getLogger(Application.class.getName());

    private final Config config;
    private final Database db;
    private final AreaRepository areas;
    private final ScreenRepository screens;
    private final ScreenStatusRepository statuses;
    private final ItemRepository items;
    private final ContentWatcher watcher;
    private final FeedCache feeds;
    private final FeedEvents events;
    private final Clock clock;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Sources sources;

    private Application(Config config, Database db, Clock clock, Accounts accounts) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.areas = new AreaRepository(db);
        this.screens = new ScreenRepository(db);
        this.statuses = new ScreenStatusRepository(db);
        this.items = new ItemRepository(db);
        Config app = config.get("infoskaerm");
        this.watcher = new ContentWatcher(db, Duration.ofMillis(app.get("refresh-millis").asInt().orElse(500)));
        this.feeds = new FeedCache(screens, areas, items, new FeedComposer(composerSettings(app.get("composer"))),
                watcher, clock);
        this.events = new FeedEvents();
        this.accounts = accounts;
        this.audit = new AuditLog(db);
        watcher.start(new FeedRefresher(feeds, events, watcher, clock));
        this.sources = Sources.create(app.get("sources"), db, areas, clock, this::contentChanged);
        sources.start();
    }

    /** Opens the database named by {@code config}, migrates it and loads the seed data on a first start. */
    public static Application create(Config config) {
        Config app = config.get("infoskaerm");
        Path dataDir = Path.of(app.get("data").asString().orElse("data"));
        Database db = Database.open(config.get("db"), dataDir);
        try {
            Map<String, String> tokens = Seeder.seedIfEmpty(db, seed(app.get("seed").asString().orElse("")));
            if (!tokens.isEmpty()) {
                writeTokens(dataDir.resolve(DEVICE_TOKENS_FILE), tokens);
            }
            Accounts accounts = Accounts.create(db, new AreaRepository(db), app);
            accounts.ensureAdmin(System.out);
            return new Application(config, db, Clock.systemUTC(), accounts);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static SeedData seed(String file) {
        LocalDate today = LocalDate.now(DanishDates.ZONE);
        try {
            return file.isBlank() ? SeedData.builtIn(today) : SeedData.read(Path.of(file), today);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load seed data (key infoskaerm.seed): " + e.getMessage(), e);
        }
    }

    private static void writeTokens(Path file, Map<String, String> tokens) {
        StringBuilder text = new StringBuilder("# Device tokens of the screens made on the first start; the server keeps only hashes.\n"
                + "# Give each screen its own line as device.token in its client.properties.\n");
        tokens.forEach((id, token) -> text.append(id).append(" = ").append(token).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.fine("no POSIX permissions on this file system");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the device tokens to " + file.toAbsolutePath(), e);
        }
        LOG.info(() -> "Device tokens of the " + tokens.size() + " screens written to " + file.toAbsolutePath());
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

    /** The whole config. */
    public Config config() {
        return config;
    }

    /** The clock everything reads. */
    public Clock clock() {
        return clock;
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

    /** What screens report in heartbeats. */
    public ScreenStatusRepository statuses() {
        return statuses;
    }

    /** Items. */
    public ItemRepository items() {
        return items;
    }

    /** The feed cache. */
    public FeedCache feeds() {
        return feeds;
    }

    /** Sources that items are imported from, and their scheduler. */
    public Sources sources() {
        return sources;
    }

    /** Subscribers to feed changes. */
    public FeedEvents events() {
        return events;
    }

    /** Accounts, logins and sessions. */
    public Accounts accounts() {
        return accounts;
    }

    /** The audit log. */
    public AuditLog audit() {
        return audit;
    }

    /**
     * Makes a change committed through this instance visible at once: the next feed request rebuilds, and
     * subscribed screens are told without waiting for the next tick. Other instances see it on their next tick.
     */
    public void contentChanged() {
        watcher.refresh();
        watcher.poke();
    }

    @Override
    public void close() {
        sources.close();
        watcher.close();
        db.close();
    }
}
