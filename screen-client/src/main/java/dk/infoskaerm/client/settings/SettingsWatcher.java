package dk.infoskaerm.client.settings;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.builder.ConfigurationBuilderEvent;
import org.apache.commons.configuration2.builder.ReloadingFileBasedConfigurationBuilder;
import org.apache.commons.configuration2.builder.fluent.Parameters;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.reloading.PeriodicReloadingTrigger;

/**
 * Reloads the settings file when it changes (Commons Configuration's reloading builder, checked every
 * {@code checkMillis}). A file with a wrong value is reported with the file, the key and the reason, and the running
 * settings stay. Keys that need a new window or folder take effect after a restart, which is said once.
 */
public final class SettingsWatcher implements AutoCloseable {

    private final AtomicReference<Settings> current;
    private final boolean displayPresent;
    private final Consumer<Settings> onChange;
    private final PrintStream log;
    private final ReloadingFileBasedConfigurationBuilder<PropertiesConfiguration> builder;
    private final PeriodicReloadingTrigger trigger;
    private String lastProblem;

    /** Watches {@code initial.file()}; {@code onChange} gets each new valid settings. */
    public SettingsWatcher(Settings initial, boolean displayPresent, long checkMillis, Consumer<Settings> onChange,
                           PrintStream log) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
        this.displayPresent = displayPresent;
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.log = Objects.requireNonNull(log, "log");
        this.builder = new ReloadingFileBasedConfigurationBuilder<>(PropertiesConfiguration.class)
                .configure(new Parameters().properties().setFile(initial.file().toFile()).setEncoding("UTF-8")
                        .setReloadingRefreshDelay(0L));
        try {
            builder.getConfiguration();   // arms the detector with the file's current time stamp
        } catch (ConfigurationException e) {
            log.println("settings: " + initial.file() + ": cannot watch for changes: " + e.getMessage());
        }
        builder.addEventListener(ConfigurationBuilderEvent.RESET, event -> reload());
        this.trigger = new PeriodicReloadingTrigger(builder.getReloadingController(), null, checkMillis,
                TimeUnit.MILLISECONDS);
    }

    /** Starts watching. */
    public SettingsWatcher start() {
        trigger.start();
        return this;
    }

    /** The settings in force. */
    public Settings current() {
        return current.get();
    }

    private void reload() {
        Settings before = current.get();
        Settings next;
        try {
            next = Settings.from(builder.getConfiguration(), before.file(), true, displayPresent);
        } catch (SettingsException e) {
            report("settings: " + e.getMessage() + "; keeping the running settings");
            return;
        } catch (ConfigurationException | RuntimeException e) {
            report("settings: " + before.file() + ": cannot read settings file: " + e.getMessage()
                    + "; keeping the running settings");
            return;
        }
        lastProblem = null;
        List<String> restart = new ArrayList<>();
        if (!next.screenId().equals(before.screenId())) {
            restart.add(Settings.SCREEN_ID);
        }
        if (!next.cacheDir().equals(before.cacheDir())) {
            restart.add(Settings.CACHE_DIR);
        }
        if (next.displayMode() != before.displayMode()) {
            restart.add(Settings.DISPLAY_MODE);
        }
        if (!next.framesDir().equals(before.framesDir())) {
            restart.add(Settings.FRAMES_DIR);
        }
        if (next.width() != before.width() || next.height() != before.height()) {
            restart.add(Settings.SIZE);
        }
        if (next.panelPower() != before.panelPower()) {
            restart.add(Settings.PANEL_POWER);
        }
        if (next.touch() != before.touch()) {
            restart.add(Settings.TOUCH);
        }
        // Keys that need a restart keep their running values, so what runs is always one consistent whole.
        Settings applied = new Settings(next.file(), next.serverUrl(), before.screenId(), before.cacheDir(),
                before.displayMode(), before.framesDir(), before.width(), before.height(), next.poll(),
                next.deviceToken(), next.heartbeat(), next.screenshot(), before.panelPower(), before.touch());
        current.set(applied);
        log.println("settings: reloaded " + next.file()
                + (restart.isEmpty() ? "" : "; " + String.join(", ", restart) + " take effect after a restart"));
        onChange.accept(applied);
    }

    private void report(String problem) {
        if (!problem.equals(lastProblem)) {
            log.println(problem);
            lastProblem = problem;
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        trigger.shutdown();
    }
}
