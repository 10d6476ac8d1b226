package dk.infoskaerm.client;

import dk.infoskaerm.client.display.DisplayProbe;
import dk.infoskaerm.client.display.PngFiles;
import dk.infoskaerm.client.feed.FeedClient;
import dk.infoskaerm.client.feed.FeedFetchException;
import dk.infoskaerm.client.feed.FetchResult;
import dk.infoskaerm.client.feed.PictureCache;
import dk.infoskaerm.client.settings.DisplayMode;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.client.settings.SettingsException;
import dk.infoskaerm.client.systemd.Watchdog;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.content.text.DanishDates;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.Pictures;
import dk.infoskaerm.render.RenderedFrame;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The screen client's entry point: shows a screen's feed in a window or as PNG frames, or renders one frame to a
 * file. Exit codes: 0 done, 1 the frame could not be produced (feed unreadable, server unreachable), 2 wrong
 * command line or settings.
 */
public final class Main {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when the feed could not be read or the frame not written. */
    public static final int FAILED = 1;
    /** Exit code for a wrong command line or settings file. */
    public static final int USAGE = 2;
    /** System property: how many times as fast as real time the display loop's clock runs (benchmarks only). */
    static final String CLOCK_SPEED = "infoskaerm.clock.speed";
    /** How long the display loop waits before it looks for an unreachable display again. */
    static final Duration DISPLAY_RETRY = Duration.ofSeconds(10);
    /** System property naming the start-up cache the launcher gave the JVM (-XX:AOTCache or -XX:SharedArchiveFile). */
    static final String STARTUP_CACHE = "infoskaerm.startup.cache";

    private Main() {
    }

    /** Runs and exits with {@link #run}'s code when it is not 0, or when the display loop ended. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        boolean displayLoop = !java.util.Arrays.asList(args).contains("--render-to");
        if (code != OK || displayLoop) {
            System.exit(code);
        }
    }

    /**
     * Runs the client with {@code args}, writing to {@code out} and {@code err}, and returns the exit code. The
     * display loop returns when its window is closed or the calling thread is interrupted; render mode returns
     * after writing its one frame. Never throws for bad input.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            err.println("screen-client: " + e.getMessage());
            err.print(CommandLine.USAGE);
            return USAGE;
        }
        if (line.help()) {
            out.print(CommandLine.USAGE);
            return OK;
        }
        try {
            if (line.train()) {
                WarmUp.train(line.config());
                out.println("screen-client: trained");
                return OK;
            }
            if (line.checkSettings()) {
                Settings.load(line.config(), true, !GraphicsEnvironment.isHeadless());
                out.println("screen-client: " + line.config() + " is fine");
                return OK;
            }
            return line.renderTo() != null ? render(line, out, err) : showScreen(line.config(), out, err);
        } catch (SettingsException e) {
            err.println("screen-client: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        }
    }

    private static int render(CommandLine line, PrintStream out, PrintStream err)
            throws SettingsException, InterruptedException {
        Settings settings = line.configGiven()
                ? Settings.load(line.config(), line.feedFile() == null && line.server() == null, false) : null;
        Feed feed;
        PictureCache.Source pictureSource;
        if (line.feedFile() != null) {
            pictureSource = reference -> Files.readAllBytes(pictureBesideFeed(line.feedFile(), reference));
            try {
                feed = Json.readFeed(Files.readAllBytes(line.feedFile()));
            } catch (IOException | RuntimeException e) {
                err.println("screen-client: cannot read feed file " + line.feedFile() + ": " + reason(e));
                return FAILED;
            }
        } else {
            URI server = line.server() != null ? line.server() : settings.serverUrl().orElseThrow();
            String screen = line.screen() != null ? line.screen() : settings.screenId();
            FeedClient client = new FeedClient(server, screen);
            pictureSource = reference -> client.download(reference, PictureCache.MAX_BYTES);
            try {
                feed = ((FetchResult.Modified) client.fetch(null)).feed();
            } catch (FeedFetchException e) {
                err.println("screen-client: cannot fetch the feed: " + reason(e));
                return FAILED;
            }
        }
        int[] size = line.size() != null ? line.size()
                : settings != null ? new int[] {settings.width(), settings.height()}
                : "portrait".equalsIgnoreCase(feed.orientation()) ? new int[] {1080, 1920} : new int[] {1920, 1080};
        Instant at = line.at() != null ? line.at() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RenderedFrame frame = FrameRenderer.render(feed, at, size[0], size[1], pictures(feed, at, pictureSource, err));
        try {
            PngFiles.writeAtomically(frame.image(), line.renderTo());
        } catch (IOException e) {
            err.println("screen-client: cannot write " + line.renderTo() + ": " + reason(e));
            return FAILED;
        }
        String what = frame.findSlide().map(s -> "slide " + s.id() + " \"" + s.title() + "\"").orElse("idle slide");
        out.println("rendered " + feed.screenId() + " at "
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(DanishDates.ZONE).toOffsetDateTime())
                + ": " + what + " -> " + line.renderTo());
        return OK;
    }

    /**
     * The pictures of the slide shown at {@code at}, fetched from {@code source}; one that cannot be had is left out
     * with a warning, as the screen would show the slide without it.
     */
    private static Pictures pictures(Feed feed, Instant at, PictureCache.Source source, PrintStream err)
            throws InterruptedException {
        Map<String, BufferedImage> found = new HashMap<>();
        for (Slide slide : FrameRenderer.slideAt(feed, at).filter(Slide::hasImage).stream().toList()) {
            try {
                found.put(slide.image(), PictureCache.decode(source.fetch(slide.image())));
            } catch (IOException | RuntimeException e) {
                err.println("screen-client: picture " + slide.image() + " left out: " + reason(e));
            }
        }
        return reference -> Optional.ofNullable(found.get(reference));
    }

    /** A picture named in a feed file: a relative path, resolved against the feed file's folder. */
    private static Path pictureBesideFeed(Path feedFile, String reference) throws IOException {
        if (reference.contains(":") || reference.startsWith("/")) {
            throw new IOException("with --feed only paths relative to the feed file are read; use --server for "
                    + "the server's pictures");
        }
        Path folder = feedFile.toAbsolutePath().getParent();
        return folder.resolve(reference).normalize();
    }

    private static int showScreen(Path config, PrintStream out, PrintStream err)
            throws SettingsException, InterruptedException {
        boolean displayPresent = !GraphicsEnvironment.isHeadless();
        Optional<Watchdog> watchdog = Watchdog.fromEnvironment(System.getenv(), err);
        Runnable tick = () -> watchdog.ifPresent(Watchdog::tick);
        watchdog.ifPresent(Watchdog::start);
        Settings settings;
        try {
            settings = Settings.load(config, true, displayPresent);
        } catch (SettingsException e) {
            if (!displayPresent) {
                throw e;
            }
            awaitDisplay(System.getenv("DISPLAY"), err);
            settings = SettingsProblem.showUntilFixed(config, e, tick, out, err);
        }
        boolean window = settings.displayMode() != DisplayMode.HEADLESS;
        if (window) {
            awaitDisplay(System.getenv("DISPLAY"), err);
        }
        // Loads Jackson, fonts and Java2D on the second core while cache and window are prepared.
        WarmUp.start(window && displayPresent);
        dropUnusableStartupCache(err);
        createFolder(settings, Settings.CACHE_DIR, settings.cacheDir());
        if (settings.displayMode() == DisplayMode.HEADLESS) {
            createFolder(settings, Settings.FRAMES_DIR, settings.framesDir());
        }
        long speed = Long.getLong(CLOCK_SPEED, 1);
        Clock clock = speed > 1 ? new FastClock(speed) : Clock.systemUTC();
        if (speed > 1) {
            err.println("screen-client: the clock runs " + speed + " times as fast (" + CLOCK_SPEED + "), for a benchmark");
        }
        try (ScreenClient client = new ScreenClient(settings, displayPresent, clock, out, err)) {
            client.runDisplay(tick);
        } catch (IllegalStateException e) {
            err.println("screen-client: " + reason(e));
            return FAILED;
        } finally {
            watchdog.ifPresent(Watchdog::close);
        }
        return OK;
    }

    /**
     * Returns once the X server of {@code display} can be reached; until then says so in one line and looks again
     * every {@link #DISPLAY_RETRY} (under systemd the client may start before the X server).
     */
    private static void awaitDisplay(String display, PrintStream err) throws InterruptedException {
        Optional<String> problem = DisplayProbe.findProblem(display);
        if (problem.isEmpty()) {
            return;
        }
        err.println("screen-client: cannot reach the display DISPLAY=" + display + " (" + problem.get()
                + "); trying again every " + DISPLAY_RETRY.toSeconds() + " s");
        while (problem.isPresent()) {
            Thread.sleep(DISPLAY_RETRY);
            problem = DisplayProbe.findProblem(display);
        }
        err.println("screen-client: the display DISPLAY=" + display + " answers now");
    }

    /**
     * Deletes the launcher's start-up cache when the JVM could not map it (damaged, or from another JDK), so that the
     * next start trains a new one; the JVM then runs without class sharing, which {@code java.vm.info} shows.
     */
    private static void dropUnusableStartupCache(PrintStream err) {
        String cache = System.getProperty(STARTUP_CACHE);
        if (cache == null || System.getProperty("java.vm.info", "").contains("sharing")) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(cache));
            err.println("screen-client: the JVM could not use its start-up cache " + cache
                    + "; deleted it, so the next start makes a new one");
        } catch (IOException | RuntimeException e) {
            err.println("screen-client: the JVM could not use its start-up cache " + cache + ": " + reason(e));
        }
    }

    private static void createFolder(Settings settings, String key, Path folder) throws SettingsException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SettingsException(settings.file().toString(), key, "cannot create folder " + folder + " (" + reason(e) + ")");
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
