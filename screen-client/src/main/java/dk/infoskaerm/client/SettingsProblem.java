package dk.infoskaerm.client;

import dk.infoskaerm.client.display.WindowDisplay;
import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.feed.Notices;
import dk.infoskaerm.client.feed.TechnicianNotice;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.client.settings.SettingsException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A kiosk whose settings file is missing, incomplete or wrong: the technician's status screen says so, full-screen,
 * until the file loads; then the client starts as usual. Without a display the client just ends (exit code 2).
 */
final class SettingsProblem {

    /** How often the file is read again. */
    static final Duration CHECK = Duration.ofSeconds(2);

    private SettingsProblem() {
    }

    /**
     * Shows {@code problem} with {@code file} until the file loads, and returns its settings; throws the last problem
     * when the window is closed first.
     */
    static Settings showUntilFixed(Path file, SettingsException problem, Runnable onTick, PrintStream out,
                                   PrintStream err) throws SettingsException, InterruptedException {
        err.println("screen-client: " + problem.getMessage() + "; the technician's status screen says so until the "
                + "file is fixed");
        CurrentFeed current = new CurrentFeed(null);
        current.setNotice(TechnicianNotice.Source.SETTINGS, notice(file, problem));
        AtomicReference<Settings> fixed = new AtomicReference<>();
        AtomicReference<SettingsException> last = new AtomicReference<>(problem);
        Thread display = Thread.currentThread();
        Thread checker = Thread.ofPlatform().daemon().name("settings-check").start(() -> {
            while (true) {
                try {
                    Thread.sleep(CHECK);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    fixed.set(Settings.load(file, true, true));
                    display.interrupt();
                    return;
                } catch (SettingsException e) {
                    last.set(e);
                    current.setNotice(TechnicianNotice.Source.SETTINGS, notice(file, e));
                }
            }
        });
        try {
            new WindowDisplay(current, true, 1920, 1080, Clock.systemUTC(), out, () -> { }).run(onTick);
        } catch (InterruptedException e) {
            if (fixed.get() == null) {
                throw e;
            }
        } finally {
            checker.interrupt();
        }
        if (fixed.get() == null) {
            throw last.get();
        }
        Thread.interrupted();   // the checker's wake-up call, should it have come after the window closed
        err.println("screen-client: " + file + " is fine now; starting");
        return fixed.get();
    }

    /** The notice for {@code problem}, with the screen id and server as far as the file names them. */
    static TechnicianNotice notice(Path file, SettingsException problem) {
        Properties raw = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(in);
        } catch (IOException | RuntimeException e) {
            // a missing or unreadable file: nothing to show but the problem itself
        }
        return Notices.settings(file.toAbsolutePath(), problem.findKey().orElse(null),
                raw.getProperty(Settings.SCREEN_ID), raw.getProperty(Settings.SERVER_URL));
    }
}
