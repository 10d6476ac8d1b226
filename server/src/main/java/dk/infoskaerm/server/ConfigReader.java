package dk.infoskaerm.server;

import io.helidon.config.Config;
import io.helidon.config.ConfigException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Reads required keys from a config, with errors that name the key, the value, the reason and where to set it. */
final class ConfigReader {

    private final Config config;
    private final Set<String> read = new TreeSet<>();

    ConfigReader(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The keys read so far. */
    Set<String> read() {
        return read;
    }

    String string(String key) {
        read.add(key);
        Config node = config.get(key);
        if (!node.exists()) {
            throw problem(key, "is missing");
        }
        return node.asString().orElse("");
    }

    int intIn(String key, int min, int max) {
        return (int) longIn(key, min, max);
    }

    long longIn(String key, long min, long max) {
        String text = string(key).trim();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw problem(key, "'" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw problem(key, value + " is not between " + min + " and " + max);
        }
        return value;
    }

    boolean bool(String key) {
        String text = string(key).trim();
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw problem(key, "'" + text + "' is neither true nor false");
        }
        return Boolean.parseBoolean(text);
    }

    /** Builds a settings record whose own checks may refuse the combination of the keys under {@code prefix}. */
    <T> T build(String prefix, Supplier<T> settings) {
        try {
            return settings.get();
        } catch (IllegalArgumentException e) {
            throw problem(prefix, e.getMessage());
        }
    }

    private static ConfigException problem(String key, String reason) {
        return new ConfigException(ServerSettings.FILE + ": key '" + key + "': " + reason
                + " (set it in " + ServerSettings.FILE + ", as -D" + key + "=… or as " + ServerSettings.envName(key) + "=…)");
    }
}
