package dk.infoskaerm.client;

import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.content.text.DanishDates;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed command line.
 *
 * @param help whether to print the usage and stop
 * @param checkSettings whether only to check the settings file and stop
 * @param train whether to do the start-up cache's training work (samples, no window) and stop
 * @param config the settings file for the display loop (or for render mode, when given)
 * @param configGiven whether {@code --config} was given
 * @param renderTo the PNG to render to, or null for the display loop
 * @param feedFile the feed document to render, or null
 * @param server the server to fetch the feed from, or null
 * @param screen the screen whose feed to fetch, or null
 * @param at the moment to render, or null for now
 * @param size {width, height}, or null for the default
 */
record CommandLine(boolean help, boolean checkSettings, boolean train, Path config, boolean configGiven, Path renderTo, Path feedFile, URI server,
                   String screen, Instant at, int[] size) {

    static final String USAGE = """
            usage: screen-client [--config FILE]
                     show the screen described by FILE (default: client.properties)
                   screen-client --check-settings [--config FILE]
                     check FILE and exit: 0 when it is fine, 2 naming the key and the reason
                   screen-client --train [--config FILE]
                     read and render samples without a window, and exit: the launcher's training run for the
                     JVM's start-up cache (the launcher's --make-startup-cache runs it)
                   screen-client --render-to FILE.png [--feed FILE.json | --server URL --screen ID]
                                 [--at ISO-DATETIME] [--size WxH] [--config FILE]
                     render one frame and exit; --at takes 2026-11-23T10:00 (Copenhagen time)
                     or 2026-11-23T10:00:00+01:00; --size defaults to 1920x1080 (1080x1920 for a portrait feed);
                     a slide's picture is a file beside the feed file (--feed) or fetched (--server)
            """;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

    /** A command line that is wrong; the message names the option and the value. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(String[] args) throws UsageException {
        boolean help = false;
        boolean checkSettings = false;
        boolean train = false;
        Path config = null;
        Path renderTo = null;
        Path feedFile = null;
        URI server = null;
        String screen = null;
        Instant at = null;
        int[] size = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "-h", "--help" -> help = true;
                case "--check-settings" -> checkSettings = true;
                case "--train" -> train = true;
                case "--config" -> config = path(option, value(args, ++i, option));
                case "--render-to" -> renderTo = path(option, value(args, ++i, option));
                case "--feed" -> feedFile = path(option, value(args, ++i, option));
                case "--server" -> server = server(value(args, ++i, option));
                case "--screen" -> screen = screen(value(args, ++i, option));
                case "--at" -> at = instant(value(args, ++i, option));
                case "--size" -> size = size(value(args, ++i, option));
                default -> throw new UsageException(option.startsWith("-")
                        ? "unknown option '" + option + "'" : "unexpected argument '" + option + "'");
            }
        }
        if (checkSettings && renderTo != null) {
            throw new UsageException("option '--check-settings' cannot be combined with '--render-to'");
        }
        if (train && (checkSettings || renderTo != null)) {
            throw new UsageException("option '--train' cannot be combined with '--check-settings' or '--render-to'");
        }
        if (renderTo == null) {
            for (Object[] renderOnly : new Object[][] {{"--feed", feedFile}, {"--server", server},
                    {"--screen", screen}, {"--at", at}, {"--size", size}}) {
                if (renderOnly[1] != null) {
                    throw new UsageException("option '" + renderOnly[0] + "' only works with --render-to");
                }
            }
        } else {
            if (feedFile != null && (server != null || screen != null)) {
                throw new UsageException("option '--feed' cannot be combined with '--server'/'--screen': render from a file or from a server");
            }
            if (feedFile == null && config == null && (server == null || screen == null)) {
                throw new UsageException("option '--render-to' needs '--feed FILE.json', or '--server URL' with '--screen ID'"
                        + (server == null ? "" : " (missing '--screen')") + (screen == null || server != null ? "" : " (missing '--server')"));
            }
        }
        return new CommandLine(help, checkSettings, train, config == null ? Path.of("client.properties") : config, config != null,
                renderTo, feedFile, server, screen, at, size);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("option '" + option + "' needs a value");
        }
        return args[i];
    }

    private static Path path(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("option '" + option + "': '" + value + "' is not a valid path (" + e.getReason() + ")");
        }
    }

    private static URI server(String value) throws UsageException {
        try {
            return Settings.parseServerUrl(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("option '--server': " + e.getMessage());
        }
    }

    private static String screen(String value) throws UsageException {
        if (!SLUG.matcher(value).matches()) {
            throw new UsageException("option '--screen': '" + value
                    + "' is not a screen id (lower-case letters a-z, digits and '-', e.g. moerkoev)");
        }
        return value;
    }

    private static Instant instant(String value) throws UsageException {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException offsetMissing) {
            try {
                return LocalDateTime.parse(value).atZone(DanishDates.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new UsageException("option '--at': '" + value
                        + "' is not an ISO date-time (e.g. 2026-11-23T10:00 or 2026-11-23T10:00:00+01:00)");
            }
        }
    }

    private static int[] size(String value) throws UsageException {
        Matcher m = SIZE.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            int width = Integer.parseInt(m.group(1));
            int height = Integer.parseInt(m.group(2));
            if (width >= 160 && height >= 160 && width <= 7680 && height <= 7680) {
                return new int[] {width, height};
            }
            throw new UsageException("option '--size': '" + value + "' is out of range (each side 160..7680 pixels)");
        }
        throw new UsageException("option '--size': '" + value + "' is not a size WIDTHxHEIGHT, e.g. 1920x1080");
    }
}
