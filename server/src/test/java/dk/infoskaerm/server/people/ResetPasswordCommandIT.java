package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.Main;
import dk.infoskaerm.server.accounts.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code infoskaerm reset-password}: a lost password is replaced from the console, on the real database. */
class ResetPasswordCommandIT {

    @Test
    void givesTheAccountANewOneTimePasswordThatLogsIn(@TempDir Path dataDir) {
        try (Api api = Api.start(dataDir, Map.of())) {
            api.server.app().accounts().createWithPassword("glemsom", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty("infoskaerm.data", dataDir.toString());
        int code;
        try {
            code = Main.run(new String[] {"reset-password", "glemsom"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.clearProperty("infoskaerm.data");
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("Ny engangsadgangskode til glemsom: (\\S+)").matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), out.toString(StandardCharsets.UTF_8));
        try (Api api = Api.start(dataDir, Map.of())) {
            Api.Res old = api.json(null, "POST", "/api/v1/session", Map.of("username", "glemsom", "password", Api.PASSWORD));
            assertEquals(401, old.status(), "the old password no longer works");
            Api.Login login = api.login("glemsom", m.group(1));
            Api.Res blocked = api.get(login, "/api/v1/accounts");
            assertEquals(403, blocked.status(), "the one-time password must be changed first");
            assertEquals("password", blocked.json().get("field").asText());
        }
    }

    @Test
    void unknownAccountIsAClearFailure(@TempDir Path dataDir) {
        try (Api api = Api.start(dataDir, Map.of())) {
            assertTrue(api.server.port() > 0);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty("infoskaerm.data", dataDir.toString());
        try {
            assertEquals(1, Main.run(new String[] {"reset-password", "ingen"}, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
        } finally {
            System.clearProperty("infoskaerm.data");
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no account named 'ingen'"));
    }
}
