package dk.infoskaerm.server;

import dk.infoskaerm.content.importers.CheckSource;
import dk.infoskaerm.server.accounts.AccountService;
import dk.infoskaerm.server.accounts.SessionService;
import dk.infoskaerm.server.areas.AreaContactService;
import dk.infoskaerm.server.areas.AreaContent;
import dk.infoskaerm.server.areas.AreaFeedsService;
import dk.infoskaerm.server.areas.AreaRepository;
import dk.infoskaerm.server.areas.AreaService;
import dk.infoskaerm.server.accounts.Accounts;
import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.audit.AuditService;
import dk.infoskaerm.server.http.ErrorHandlers;
import dk.infoskaerm.server.openapi.OpenApiService;
import dk.infoskaerm.server.posts.ImageService;
import dk.infoskaerm.server.posts.MeetingService;
import dk.infoskaerm.server.posts.ModerationService;
import dk.infoskaerm.server.posts.PostService;
import dk.infoskaerm.server.posts.Posts;
import dk.infoskaerm.server.posts.PreviewPictures;
import dk.infoskaerm.server.posts.SignUpService;
import dk.infoskaerm.server.posts.BookService;
import dk.infoskaerm.server.politicians.PoliticianService;
import dk.infoskaerm.server.screens.EventsService;
import dk.infoskaerm.server.urgent.UrgentService;
import dk.infoskaerm.server.screens.FeedService;
import dk.infoskaerm.server.screens.HeartbeatService;
import dk.infoskaerm.server.screens.ScheduleService;
import dk.infoskaerm.server.screens.ScreenAdminService;
import dk.infoskaerm.server.sources.SourceService;
import dk.infoskaerm.server.web.PreviewService;
import dk.infoskaerm.server.web.AreaPage;
import dk.infoskaerm.server.web.WebPages;
import io.helidon.logging.common.LogConfig;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRouting;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** The {@code infoskaerm} command: {@code serve} starts the server, {@code check-source} tries a source. */
public final class Main {

    private static final String USAGE = """
            Usage: infoskaerm <command> [options]
              serve                 start the server (settings: server/src/main/resources/application.yaml,
                                    overridable as -Dkey=value or environment variables such as SERVER_PORT)
              check-source PATH-OR-URL [--kind event|meeting|news] [--from DATE] [--days N]
                                    print each item a source would import, one JSON object per line
              reset-password USERNAME
                                    give an account a new one-time password (e.g. a lost admin password);
                                    run it with the server's settings, while the embedded-database server is stopped
              help                  this text""";

    static final String SCREENS = "/api/v1/screens";
    private static final Header NOSNIFF = HeaderValues.createCached(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");

    private Main() {
    }

    /** Runs the command in {@code args}; exits non-zero on failure. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command in {@code args} and returns the exit code. {@code serve} blocks until the JVM stops. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        LogConfig.configureRuntime();
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        return switch (command) {
            case "serve" -> serve(rest, out, err);
            case "check-source" -> CheckSource.run(rest, out, err);
            case "reset-password" -> resetPassword(rest, out, err);
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> {
                err.println("infoskaerm: unknown command '" + command + "'");
                err.println(USAGE);
                yield 2;
            }
        };
    }

    /** The routes of the server; tests reuse it. */
    static void routing(HttpRouting.Builder routing, Application app) {
        Posts posts = app.posts();
        WebPages pages = new WebPages();
        AreaContent areaContent = new AreaContent(app.areas(), app.items(), app.clock());
        // every answer, JSON and errors included: a browser never guesses another type than the one sent
        routing.addFilter((chain, req, res) -> {
            res.header(NOSNIFF);
            chain.proceed();
        });
        routing.register("/api/v1/areas", new AreaService(app.db(), app.areas(), app.accounts().auth(), app.contacts()),
                        new AreaFeedsService(areaContent, posts),
                        new AreaContactService(app.contacts(), app.areas(), app.accounts().auth()))
                .register(SCREENS, new FeedService(app.feeds()),
                        new EventsService(app.feeds(), app.events(), app.settings().eventsKeepAlive()),
                        new HeartbeatService(app.screens(), app.statuses(), app.clock()),
                        new ScheduleService(app.feeds(), app.clock(), app.accounts().auth()),
                        new ScreenAdminService(app.screenAdmin(), app.accounts().auth()))
                .register("/api/v1/session", new SessionService(app.accounts()))
                .register("/api/v1/accounts", new AccountService(app.accounts()))
                .register("/api/v1/audit", new AuditService(app.audit(), app.accounts().auth()))
                .register("/api/v1/posts", new PostService(posts, app.accounts().auth()))
                .register("/api/v1/moderation", new ModerationService(posts, app.accounts().auth()))
                .register("/api/v1/images", new ImageService(posts))
                .register("/api/v1/meetings", new MeetingService(app.meetings(), app.signUps(),
                        app.accounts().auth()))
                .register("/api/v1/signup", new SignUpService(app.signUps()))
                .register("/api/v1/book", new BookService(app.bookRequests(), app.accounts().auth()))
                .register("/api/v1/politicians", new PoliticianService(app.politicians(), app.accounts().auth()))
                .register("/api/v1/urgent", new UrgentService(app.urgent(),
                        app.accounts().auth()))
                .register("/api/v1/sources", new SourceService(app.sources(), app.accounts().auth()::requireAdmin))
                .register("/openapi", new OpenApiService())
                .register("/api/v1/preview", new PreviewService(app.accounts().auth(),
                        slug -> app.areas().find(slug).orElse(null), new PreviewPictures(posts), app.clock()))
                .register("/omraade", new AreaPage(areaContent, app.contacts(), pages::notFound))
                .register(pages);
        ErrorHandlers.register(routing, pages::notFound);
    }

    private static int resetPassword(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("Usage: infoskaerm reset-password USERNAME");
            return 2;
        }
        try {
            ServerSettings settings = ServerSettings.from(ServerSettings.load());
            try (Database db = Database.open(settings.db(), settings.data())) {
                Accounts accounts = Accounts.create(db, new AreaRepository(db), settings.accounts());
                return accounts.resetPasswordFromConsole(args[0]).map(password -> {
                    out.println("Ny engangsadgangskode til " + args[0] + ": " + password + " (skift den ved første login)");
                    return 0;
                }).orElseGet(() -> {
                    err.println("infoskaerm: no account named '" + args[0] + "'");
                    return 1;
                });
            }
        } catch (RuntimeException e) {
            err.println("infoskaerm: cannot reset the password: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("infoskaerm serve: unexpected argument '" + args[0] + "'; settings go in -Dkey=value or environment variables");
            return 2;
        }
        InfoskaermServer server;
        try {
            server = InfoskaermServer.start(ServerSettings.load());
        } catch (InfoskaermServer.PortInUseException e) {
            err.println("infoskaerm: cannot start: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("infoskaerm: cannot start: " + e.getMessage());
            return 1;
        }
        String base = "http://localhost:" + server.port();
        out.println("Infoskærm server is running on " + base);
        out.println("  web pages:     " + base + "/login");
        out.println("  database:      " + server.app().db().url());
        out.println("  areas:         " + base + "/api/v1/areas");
        out.println("  Mørkøv feed:   " + base + "/api/v1/screens/moerkoev/feed");
        out.println("  health:        " + base + "/observe/health");
        out.println("  API:           " + base + "/openapi");
        out.println("  log in:        " + base + "/  (user admin; the one-time password is printed on the first start;"
                + " lost it? bin/infoskaerm reset-password admin)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
