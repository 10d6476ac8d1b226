package dk.infoskaerm.server;

import dk.infoskaerm.content.feed.FeedComposer;
import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.server.accounts.Accounts;
import dk.infoskaerm.server.audit.AuditLog;
import dk.infoskaerm.server.areas.AreaContacts;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.items.ItemRepository;
import dk.infoskaerm.server.posts.Meetings;
import dk.infoskaerm.server.posts.Posts;
import dk.infoskaerm.server.posts.SignUps;
import dk.infoskaerm.server.posts.BookRequests;
import dk.infoskaerm.server.http.AddressThrottle;
import dk.infoskaerm.server.politicians.Politicians;
import dk.infoskaerm.server.screens.ContentWatcher;
import dk.infoskaerm.server.screens.FeedCache;
import dk.infoskaerm.server.screens.FeedEvents;
import dk.infoskaerm.server.screens.ScreenAdmin;
import dk.infoskaerm.server.screens.ScreenRepository;
import dk.infoskaerm.server.screens.ScreenStatusRepository;
import dk.infoskaerm.server.seed.DialogDemo;
import dk.infoskaerm.server.seed.SeedData;
import dk.infoskaerm.server.accounts.Account;
import dk.infoskaerm.server.accounts.Caller;
import dk.infoskaerm.server.seed.Seeder;
import dk.infoskaerm.server.sources.Sources;
import dk.infoskaerm.server.urgent.UrgentMessages;
import io.helidon.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The composition root: every part of the server, built once from its settings. Building starts no thread;
 * {@link #start()} starts the background work (the content watcher, the source scheduler, the metrics snapshot).
 */
public final class Application implements AutoCloseable {

    /** Where the device tokens of the demo screens are written on a first start. */
    public static final String DEVICE_TOKENS_FILE = "device-tokens.properties";

    private static final Logger LOG = Logger.getLogger(Application.class.getName());
    private static final long METRICS_SECONDS = 15;

    private final ServerSettings settings;
    private final Clock clock;
    private final Database db;
    private final AreaRepository areas;
    private final ScreenRepository screens;
    private final ScreenStatusRepository statuses;
    private final ItemRepository items;
    private final FeedCache feeds;
    private final FeedEvents events;
    private final ContentWatcher watcher;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Sources sources;
    private final Posts posts;
    private final Meetings meetings;
    private final Politicians politicians;
    private final AreaContacts contacts;
    private final BookRequests bookRequests;
    private final SignUps signUps;
    private final UrgentMessages urgent;
    private final ScreenAdmin screenAdmin;
    private final ServerMetrics metrics;
    private final ScheduledExecutorService metricsTimer;

    private Application(ServerSettings settings, Database db, Accounts accounts, Clock clock) {
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.accounts = accounts;
        this.areas = new AreaRepository(db);
        this.screens = new ScreenRepository(db);
        this.statuses = new ScreenStatusRepository(db);
        this.items = new ItemRepository(db);
        this.audit = new AuditLog(db);
        this.feeds = new FeedCache(screens, areas, items, new FeedComposer(settings.composer()), db.contentVersion(), clock);
        this.events = new FeedEvents();
        feeds.onChange((screenId, feed) -> events.publish(screenId, feed.etag()));
        db.onContentChange(feeds::markChanged);
        this.metrics = new ServerMetrics(db, clock);
        this.watcher = new ContentWatcher(db, feeds, settings.refreshInterval(), metrics::rebuilt);
        this.sources = Sources.create(settings.sources(), db, areas, clock);
        this.posts = new Posts(db);
        this.meetings = new Meetings(db, settings.dialog().publicUrl());
        this.politicians = new Politicians(db);
        this.contacts = new AreaContacts(db, settings.dialog().publicUrl());
        this.bookRequests = new BookRequests(db, meetings, new AddressThrottle(settings.dialog().formsPerAddress(),
                settings.dialog().formsWindow(), clock,
                "bookRequests.throttled"));
        politicians.onChange(meetings::politicianChanged);
        this.signUps = new SignUps(db, meetings, new AddressThrottle(settings.dialog().formsPerAddress(),
                settings.dialog().formsWindow(), clock,
                "signUps.throttled"), clock);
        this.urgent = new UrgentMessages(db);
        this.screenAdmin = new ScreenAdmin(db, screens, statuses, areas, feeds, clock);
        this.metricsTimer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("metrics").factory());
    }

    /** Builds the application from {@code config} (see {@link ServerSettings}); call {@link #start()} to run it. */
    public static Application create(Config config) {
        return create(ServerSettings.from(config));
    }

    /** Opens the database, migrates it, loads the seed data on a first start and builds every part. */
    public static Application create(ServerSettings settings) {
        Database db = Database.open(settings.db(), settings.data());
        try {
            SeedData seed = seed(settings.seed());
            Map<String, String> tokens = Seeder.seedIfEmpty(db, seed);
            if (!tokens.isEmpty()) {
                writeTokens(settings.data().resolve(DEVICE_TOKENS_FILE), tokens);
            }
            Accounts accounts = Accounts.create(db, new AreaRepository(db), settings.accounts());
            Optional<Account> admin = accounts.ensureAdmin(System.out);
            Application app = new Application(settings, db, accounts, Clock.systemUTC());
            if (!tokens.isEmpty() && admin.isPresent()) {
                DialogDemo.load(seed.dialog(), new Caller(admin.get(), "", ""), app.politicians, app.contacts,
                        app.meetings, LocalDate.now(DanishDates.ZONE));
            }
            return app;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Starts the background work: the content watcher, the source scheduler and the metrics snapshot. */
    public Application start() {
        contacts.showBookSlide();
        watcher.start();
        sources.start();
        metricsTimer.scheduleWithFixedDelay(metrics::refresh, 0, METRICS_SECONDS, TimeUnit.SECONDS);
        // Personal data: sign-ups go 30 days after their meeting; looking once an hour is precise enough.
        metricsTimer.scheduleWithFixedDelay(this::purgeSignUps, 1, 60, TimeUnit.MINUTES);
        return this;
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

    /** The settings it was built with. */
    public ServerSettings settings() {
        return settings;
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

    /** Subscribers to feed changes. */
    public FeedEvents events() {
        return events;
    }

    /** Sources that items are imported from, and their scheduler. */
    public Sources sources() {
        return sources;
    }

    /** Accounts, logins and sessions. */
    public Accounts accounts() {
        return accounts;
    }

    /** The audit log. */
    public AuditLog audit() {
        return audit;
    }

    /** Volunteers' announcements and their moderation. */
    public Posts posts() {
        return posts;
    }

    /** Dialogue meetings entered by hand. */
    public Meetings meetings() {
        return meetings;
    }

    /** Who to contact in each area with an idea. */
    public AreaContacts contacts() {
        return contacts;
    }

    /** Book-en-Politiker requests. */
    public BookRequests bookRequests() {
        return bookRequests;
    }

    /** The register of politicians. */
    public Politicians politicians() {
        return politicians;
    }

    /** Sign-ups for dialogue meetings. */
    public SignUps signUps() {
        return signUps;
    }

    private void purgeSignUps() {
        try {
            int gone = signUps.purge();
            if (gone > 0) {
                LOG.info(() -> gone + " sign-ups of meetings more than 30 days ago deleted");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot delete old sign-ups: " + e.getMessage());
        }
    }

    /** Urgent messages. */
    public UrgentMessages urgent() {
        return urgent;
    }

    /** Screen administration. */
    public ScreenAdmin screenAdmin() {
        return screenAdmin;
    }

    @Override
    public void close() {
        metricsTimer.shutdownNow();
        sources.close();
        watcher.close();
        db.close();
    }
}
