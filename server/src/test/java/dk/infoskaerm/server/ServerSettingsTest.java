package dk.infoskaerm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.config.Config;
import io.helidon.config.ConfigException;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerSettingsTest {

    @Test
    void applicationYamlAloneGivesEverySetting() {
        ServerSettings s = ServerSettings.from(Config.just(ConfigSources.classpath(ServerSettings.FILE)));
        assertEquals(8080, s.port());
        assertEquals(Path.of("data"), s.data());
        assertEquals(Duration.ofSeconds(20), s.eventsKeepAlive());
        assertEquals(Duration.ofMillis(500), s.refreshInterval());
        assertEquals(12, s.composer().maxPerKind());
        assertEquals(Duration.ZERO, s.composer().recurEvery(), "the standing invitations end every loop");
        assertEquals("http://localhost:8080", s.dialog().publicUrl());
        assertEquals(12, s.accounts().bcryptCost());
        assertEquals("", s.db().url());
    }

    @Test
    void applicationYamlHoldsExactlyTheKeysTheServerReads() {
        Set<String> inYaml = new TreeSet<>();
        Config.just(ConfigSources.classpath(ServerSettings.FILE)).traverse().filter(Config::isLeaf)
                .forEach(node -> inYaml.add(node.key().toString()));
        assertEquals(inYaml, ServerSettings.keys());
    }

    @Test
    void environmentVariablesNamedAfterKeysOverrideTheDefaults() {
        ServerSettings s = ServerSettings.from(ServerSettings.config(Map.of(
                "SERVER_PORT", "9091",
                "INFOSKAERM_DATA", "/tmp/isk-env-data",
                "INFOSKAERM_EVENTS_KEEP_ALIVE_SECONDS", "3",
                "INFOSKAERM_COMPOSER_MAX_PER_KIND", "4",
                "INFOSKAERM_LOGIN_MAX_FAILURES_PER_IP", "7",
                "DB_POOL_SIZE", "3",
                "INFOSKAERM_COMPOSER_RECUR_EVERY_MINUTES", "15",
                "UNRELATED_VARIABLE", "x")));
        assertEquals(9091, s.port());
        assertEquals(Path.of("/tmp/isk-env-data"), s.data());
        assertEquals(Duration.ofSeconds(3), s.eventsKeepAlive());
        assertEquals(4, s.composer().maxPerKind());
        assertEquals(7, s.accounts().maxFailuresPerIp());
        assertEquals(3, s.db().poolSize());
        assertEquals(Duration.ofMinutes(15), s.composer().recurEvery());
    }

    @Test
    void systemPropertiesWinOverEnvironmentVariables() {
        String key = "infoskaerm.composer.max-per-kind";
        System.setProperty(key, "5");
        try {
            ServerSettings s = ServerSettings.from(ServerSettings.config(Map.of("INFOSKAERM_COMPOSER_MAX_PER_KIND", "4")));
            assertEquals(5, s.composer().maxPerKind());
        } finally {
            System.clearProperty(key);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "INFOSKAERM_COMPOSER_MAX_PER_KIND, lots, infoskaerm.composer.max-per-kind, 'lots' is not a whole number",
            "SERVER_PORT, 70000, server.port, 70000 is not between 0 and 65535",
            "INFOSKAERM_COOKIES_SECURE, ja, infoskaerm.cookies.secure, 'ja' is neither true nor false",
            "INFOSKAERM_COMPOSER_MIN_DWELL_SECONDS, 30, infoskaerm.composer, dwell range invalid"})
    void aWrongValueStopsWithTheFileTheKeyAndTheReason(String variable, String value, String key, String reason) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerSettings.from(ServerSettings.config(Map.of(variable, value))));
        assertTrue(e.getMessage().startsWith("application.yaml: key '" + key + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aMissingKeyIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerSettings.from(Config.just(ConfigSources.create(Map.of("server.port", "8080")))));
        assertTrue(e.getMessage().contains("key 'server.host': is missing"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void variableNamesAreTheKeysInUpperCaseWithUnderscores() {
        assertEquals("INFOSKAERM_EVENTS_KEEP_ALIVE_SECONDS", ServerSettings.envName("infoskaerm.events.keep-alive-seconds"));
        assertEquals("DB_URL", ServerSettings.envName("db.url"));
    }
}
