package dk.infoskaerm.client.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.builder.FileBasedConfigurationBuilder;
import org.apache.commons.configuration2.builder.fluent.Parameters;
import org.apache.commons.configuration2.ex.ConfigurationException;

/**
 * The client's settings, read in one place from a properties file. Relative folders are resolved against the
 * folder holding the settings file, so the client behaves the same from whatever directory it is started.
 *
 * @param file the settings file
 * @param serverUrl the server's base URL, empty when only rendering from a file
 * @param screenId the screen to show
 * @param cacheDir where the last good feed is kept
 * @param displayMode window, full screen or headless
 * @param framesDir where headless mode writes its frames
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param poll how often to ask the server for a new feed
 * @param deviceToken the screen's device token for heartbeats; empty: no heartbeats
 * @param heartbeat how often to send a heartbeat
 * @param screenshot how often a heartbeat carries a screenshot
 * @param panelPower how the panel is powered down outside opening hours
 * @param touch whether a tap (or a key) leaves the loop for the touch kiosk's browse view
 */
public record Settings(Path file, Optional<URI> serverUrl, String screenId, Path cacheDir, DisplayMode displayMode,
                       Path framesDir, int width, int height, Duration poll, Optional<String> deviceToken,
                       Duration heartbeat, Duration screenshot, PanelPower panelPower, boolean touch) {

    /** Keys of the settings file. */
    public static final String SERVER_URL = "server.url";
    public static final String SCREEN_ID = "screen.id";
    public static final String CACHE_DIR = "cache.dir";
    public static final String DISPLAY_MODE = "display.mode";
    public static final String FRAMES_DIR = "frames.dir";
    public static final String SIZE = "size";
    public static final String POLL_SECONDS = "poll.seconds";
    public static final String DEVICE_TOKEN = "device.token";
    public static final String HEARTBEAT_SECONDS = "heartbeat.seconds";
    public static final String SCREENSHOT_MINUTES = "screenshot.minutes";
    public static final String PANEL_POWER = "panel.power";
    public static final String TOUCH = "touch";

    private static final Set<String> KEYS = Set.of(SERVER_URL, SCREEN_ID, CACHE_DIR, DISPLAY_MODE, FRAMES_DIR, SIZE,
            POLL_SECONDS, DEVICE_TOKEN, HEARTBEAT_SECONDS, SCREENSHOT_MINUTES, PANEL_POWER, TOUCH);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{16,512}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final Pattern SIZE_PATTERN = Pattern.compile("(\\d{1,5})x(\\d{1,5})");
    private static final int MIN_SIDE = 160;
    private static final int MAX_SIDE = 7680;

    /**
     * Reads {@code file}. {@code serverRequired} is false only when rendering from a feed file;
     * {@code displayPresent} decides the default display mode.
     */
    public static Settings load(Path file, boolean serverRequired, boolean displayPresent) throws SettingsException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SettingsException(name, "settings file not found (looked for " + file.toAbsolutePath()
                    + "); copy screen-client/client.properties.example and fill in server.url and screen.id", (Throwable) null);
        }
        return from(read(file, name), file, serverRequired, displayPresent);
    }

    /** Checks the values of {@code config}, read from {@code file}; used at start-up and on every reload. */
    public static Settings from(PropertiesConfiguration config, Path file, boolean serverRequired,
                                boolean displayPresent) throws SettingsException {
        String name = file.toString();
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> keys = config.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new SettingsException(name, unknown.getFirst(), "unknown key (known keys: "
                    + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        }
        Path base = file.toAbsolutePath().getParent();

        Optional<String> server = optional(config, SERVER_URL);
        if (server.isEmpty() && serverRequired) {
            throw new SettingsException(name, SERVER_URL, "missing; set it to the server's address, e.g. http://localhost:8080");
        }
        Optional<URI> serverUrl = server.isEmpty() ? Optional.empty() : Optional.of(httpUrl(name, server.get()));

        String screenId = optional(config, SCREEN_ID).orElseThrow(() ->
                new SettingsException(name, SCREEN_ID, "missing; set it to the screen's id, e.g. moerkoev"));
        if (!SLUG.matcher(screenId).matches()) {
            throw new SettingsException(name, SCREEN_ID, "'" + screenId
                    + "' is not a screen id (lower-case letters a-z, digits and '-', e.g. moerkoev)");
        }

        Path cacheDir = folder(name, config, CACHE_DIR, "cache", base);
        Path framesDir = folder(name, config, FRAMES_DIR, "frames", base);
        DisplayMode mode = displayMode(name, config, displayPresent);

        String size = optional(config, SIZE).orElse("1920x1080");
        Matcher m = SIZE_PATTERN.matcher(size.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new SettingsException(name, SIZE, "'" + size + "' is not a size WIDTHxHEIGHT, e.g. 1920x1080");
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new SettingsException(name, SIZE, "'" + size + "' is out of range (each side " + MIN_SIDE + ".."
                    + MAX_SIDE + " pixels)");
        }

        int poll = whole(name, config, POLL_SECONDS, 30, 5, 3600, "seconds");
        Optional<String> token = optional(config, DEVICE_TOKEN);
        if (token.isPresent() && !TOKEN.matcher(token.get()).matches()) {
            throw new SettingsException(name, DEVICE_TOKEN, "not a device token (16..512 letters, digits and -._~+/=;"
                    + " copy it from the server's device-tokens.properties)");
        }
        int heartbeat = whole(name, config, HEARTBEAT_SECONDS, 60, 10, 3600, "seconds");
        int screenshot = whole(name, config, SCREENSHOT_MINUTES, 5, 1, 1440, "minutes");
        return new Settings(file, serverUrl, screenId, cacheDir, mode, framesDir, width, height,
                Duration.ofSeconds(poll), token, Duration.ofSeconds(heartbeat), Duration.ofMinutes(screenshot),
                panelPower(name, config), onOff(name, config, TOUCH));
    }

    private static int whole(String name, PropertiesConfiguration config, String key, int fallback, int min, int max,
                             String unit) throws SettingsException {
        String text = optional(config, key).orElse(String.valueOf(fallback));
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SettingsException(name, key, "'" + text + "' is not a whole number of " + unit);
        }
        if (value < min || value > max) {
            throw new SettingsException(name, key, "'" + text + "' is out of range (" + min + ".." + max + " " + unit + ")");
        }
        return value;
    }

    /** Checks {@code value} as a server URL, for settings and command-line options alike. */
    public static URI parseServerUrl(String value) throws IllegalArgumentException {
        String reason = "'" + value + "' is not an http(s) URL";
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException(reason + " (expected e.g. http://localhost:8080)");
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException(reason + " (it must not have a query or fragment)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(reason + " (" + e.getReason() + ")", e);
        }
    }

    private static URI httpUrl(String name, String value) throws SettingsException {
        try {
            return parseServerUrl(value);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(name, SERVER_URL, e.getMessage());
        }
    }

    private static DisplayMode displayMode(String name, PropertiesConfiguration config, boolean displayPresent)
            throws SettingsException {
        Optional<String> value = optional(config, DISPLAY_MODE);
        if (value.isEmpty()) {
            return displayPresent ? DisplayMode.FULLSCREEN : DisplayMode.HEADLESS;
        }
        for (DisplayMode mode : DisplayMode.values()) {
            if (mode.key().equals(value.get().toLowerCase(Locale.ROOT))) {
                if (mode != DisplayMode.HEADLESS && !displayPresent) {
                    throw new SettingsException(name, DISPLAY_MODE, "'" + value.get()
                            + "' needs a display, but none is present; use headless or leave the key out");
                }
                return mode;
            }
        }
        throw new SettingsException(name, DISPLAY_MODE, "'" + value.get() + "' is not a display mode (window, fullscreen or headless)");
    }

    private static boolean onOff(String name, PropertiesConfiguration config, String key) throws SettingsException {
        String value = optional(config, key).orElse("off").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new SettingsException(name, key, "'" + value + "' is neither on nor off");
        };
    }

    private static PanelPower panelPower(String name, PropertiesConfiguration config) throws SettingsException {
        String value = optional(config, PANEL_POWER).orElse(PanelPower.AUTO.key());
        for (PanelPower power : PanelPower.values()) {
            if (power.key().equals(value.toLowerCase(Locale.ROOT))) {
                return power;
            }
        }
        throw new SettingsException(name, PANEL_POWER, "'" + value + "' is not a way to power the panel down (auto, "
                + "cec, dpms or black)");
    }

    private static Path folder(String name, PropertiesConfiguration config, String key, String fallback, Path base)
            throws SettingsException {
        String value = optional(config, key).orElse(fallback);
        Path folder;
        try {
            folder = base.resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new SettingsException(name, key, "'" + value + "' is not a valid path (" + e.getReason() + ")");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SettingsException(name, key, "'" + value + "' is a file, not a folder (" + folder + ")");
        }
        return folder;
    }

    private static Optional<String> optional(PropertiesConfiguration config, String key) {
        String value = config.getString(key, null);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static PropertiesConfiguration read(Path file, String name) throws SettingsException {
        FileBasedConfigurationBuilder<PropertiesConfiguration> builder =
                new FileBasedConfigurationBuilder<>(PropertiesConfiguration.class)
                        .configure(new Parameters().properties().setFile(file.toFile()).setEncoding("UTF-8"));
        try {
            return builder.getConfiguration();
        } catch (ConfigurationException e) {
            throw new SettingsException(name, "cannot read settings file: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
