package dk.infoskaerm.server;

import dk.infoskaerm.content.feed.ComposerSettings;
import dk.infoskaerm.server.accounts.AccountSettings;
import dk.infoskaerm.server.db.DatabaseSettings;
import dk.infoskaerm.server.sources.SourceSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every setting the server reads, read once. Defaults live in {@code application.yaml} alone, which names every
 * key; a key is overridden by a system property ({@code -Dserver.port=9090}) or an environment variable named
 * after it in upper case with dots and dashes as underscores ({@code SERVER_PORT},
 * {@code INFOSKAERM_EVENTS_KEEP_ALIVE_SECONDS}).
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param data the folder of the embedded database and the device-token file
 * @param seed the seed data file of a first start; blank means the built-in one
 * @param db the database
 * @param accounts logins, sessions and passwords
 * @param composer what the feeds hold
 * @param sources imports from sources
 * @param refreshInterval how often the changes of other instances are looked for
 * @param eventsKeepAlive how often an idle event stream gets a keep-alive
 * @param dialog the public dialogue pages (sign-up by QR)
 */
public record ServerSettings(String host, int port, Path data, String seed, DatabaseSettings db,
                             AccountSettings accounts, ComposerSettings composer, SourceSettings sources,
                             Duration refreshInterval, Duration eventsKeepAlive, DialogSettings dialog) {

    static final String FILE = "application.yaml";

    /** Checks the parts are there. */
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(eventsKeepAlive, "eventsKeepAlive");
        Objects.requireNonNull(dialog, "dialog");
    }

    /** The config of a real start: system properties, then environment variables, then application.yaml. */
    public static Config load() {
        return config(System.getenv());
    }

    /**
     * The config with {@code env} as the environment: for every key of application.yaml, the variable named after it
     * (Helidon's own environment source, also consulted, would want {@code _dash_} for a dash).
     */
    static Config config(Map<String, String> env) {
        Config yaml = Config.just(ConfigSources.classpath(FILE));
        Map<String, String> byKey = new HashMap<>();
        yaml.traverse().filter(Config::isLeaf).forEach(node -> {
            String key = node.key().toString();
            String value = env.get(envName(key));
            if (value != null) {
                byKey.put(key, value);
            }
        });
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.systemProperties())
                .addSource(ConfigSources.create(byKey))
                .addSource(ConfigSources.environmentVariables())
                .addSource(ConfigSources.classpath(FILE))
                .build();
    }

    /** The environment variable that sets {@code key}: {@code infoskaerm.events.keep-alive-seconds} → {@code INFOSKAERM_EVENTS_KEEP_ALIVE_SECONDS}. */
    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Reads every setting from {@code config}; a missing or wrong value stops with the key and the reason. */
    public static ServerSettings from(Config config) {
        return from(new ConfigReader(config));
    }

    /** The keys {@link #from(Config)} reads. */
    static Set<String> keys() {
        ConfigReader reader = new ConfigReader(Config.just(ConfigSources.classpath(FILE)));
        from(reader);
        return reader.read();
    }

    private static ServerSettings from(ConfigReader r) {
        return new ServerSettings(
                r.string("server.host"),
                r.intIn("server.port", 0, 65535),
                Path.of(r.string("infoskaerm.data")),
                r.string("infoskaerm.seed"),
                new DatabaseSettings(r.string("db.url"), r.string("db.user"), r.string("db.password"),
                        r.intIn("db.pool-size", 1, 500)),
                new AccountSettings(
                        r.intIn("infoskaerm.accounts.bcrypt-cost", 4, 31),
                        r.intIn("infoskaerm.login.max-failures-per-ip", 1, 100_000),
                        Duration.ofMinutes(r.intIn("infoskaerm.login.window-minutes", 1, 24 * 60)),
                        Duration.ofMillis(r.intIn("infoskaerm.login.account-delay-per-failure-millis", 0, 10_000)),
                        Duration.ofMillis(r.intIn("infoskaerm.login.account-max-delay-millis", 0, 10_000)),
                        Duration.ofMinutes(r.intIn("infoskaerm.sessions.idle-minutes", 1, 365 * 24 * 60)),
                        Duration.ofHours(r.intIn("infoskaerm.sessions.absolute-hours", 1, 365 * 24)),
                        r.bool("infoskaerm.cookies.secure"),
                        r.string("infoskaerm.cookies.trusted-proxy").strip()),
                r.build("infoskaerm.composer", () -> new ComposerSettings(
                        Duration.ofDays(r.intIn("infoskaerm.composer.look-ahead-days", 1, 366)),
                        Duration.ofDays(r.intIn("infoskaerm.composer.news-max-age-days", 1, 366)),
                        r.intIn("infoskaerm.composer.max-per-kind", 1, 1000),
                        r.intIn("infoskaerm.composer.min-dwell-seconds", 1, 3600),
                        r.intIn("infoskaerm.composer.max-dwell-seconds", 1, 3600),
                        Duration.ofMinutes(r.intIn("infoskaerm.composer.recur-every-minutes", 0, 24 * 60)))),
                new SourceSettings(
                        Duration.ofSeconds(r.intIn("infoskaerm.sources.tick-seconds", 1, 3600)),
                        Duration.ofSeconds(r.intIn("infoskaerm.sources.connect-timeout-seconds", 1, 600)),
                        Duration.ofSeconds(r.intIn("infoskaerm.sources.request-timeout-seconds", 1, 3600)),
                        r.longIn("infoskaerm.sources.max-bytes", 1, 1L << 30),
                        r.intIn("infoskaerm.sources.window-days", 1, 3660),
                        Duration.ofMinutes(r.intIn("infoskaerm.sources.max-backoff-minutes", 1, 7 * 24 * 60)),
                        r.bool("infoskaerm.allow-private-sources")),
                Duration.ofMillis(r.intIn("infoskaerm.refresh-millis", 50, 60_000)),
                Duration.ofSeconds(r.intIn("infoskaerm.events.keep-alive-seconds", 1, 3600)),
                r.build("infoskaerm.dialog", () -> new DialogSettings(r.string("infoskaerm.dialog.public-url").strip(),
                        r.intIn("infoskaerm.dialog.forms-per-address", 1, 100_000),
                        Duration.ofMinutes(r.intIn("infoskaerm.dialog.forms-window-minutes", 1, 24 * 60)))));
    }
}
