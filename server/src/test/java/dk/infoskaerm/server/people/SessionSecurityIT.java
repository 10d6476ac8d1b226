package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.accounts.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions, CSRF, session fixation, login rate limits, disabled accounts and the first administrator. */
class SessionSecurityIT {

    @TempDir
    static Path dataDir;
    private static Api api;
    private static String firstStartOutput;

    @BeforeAll
    static void start() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            api = Api.start(dataDir, Map.of());
        } finally {
            System.setOut(original);
        }
        firstStartOutput = captured.toString(StandardCharsets.UTF_8);
        api.server.app().accounts().createWithPassword("admin-s", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        api.server.app().accounts().createWithPassword("lone", Role.VOLUNTEER, Set.of("tuse"), Set.of(), Api.PASSWORD);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void firstStartPrintsOneTimeAdminPasswordThatMustBeChanged() {
        Matcher m = Pattern.compile("Log ind som administrator: brugernavn admin, engangsadgangskode (\\S{16}) "
                + "\\(skift den ved første login\\)").matcher(firstStartOutput);
        assertTrue(m.find(), firstStartOutput);
        String oneTime = m.group(1);
        Api.Login admin = api.login("admin", oneTime);
        assertTrue(api.get(admin, "/api/v1/session").json().get("account").get("mustChangePassword").asBoolean());
        Api.Res blocked = api.get(admin, "/api/v1/accounts");
        assertEquals(403, blocked.status(), blocked.error());
        assertEquals("password", blocked.json().get("field").asText());
        Api.Res changed = api.json(admin, "POST", "/api/v1/session/password",
                Map.of("currentPassword", oneTime, "newPassword", "en-helt-ny-kode"));
        assertEquals(204, changed.status(), changed.error());
        assertEquals(200, api.get(admin, "/api/v1/accounts").status());
        assertEquals(401, api.json(null, "POST", "/api/v1/session",
                Map.of("username", "admin", "password", oneTime)).status(), "one-time password is spent");
    }

    @Test
    void cookieIsHttpOnlyStrictAndScopedToRoot() {
        Api.Res r = api.json(null, "POST", "/api/v1/session", Map.of("username", "lone", "password", Api.PASSWORD));
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("isk_session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "not Secure unless configured: " + cookie);
        assertTrue(Api.sessionCookie(r).length() >= 43, "256-bit id");
    }

    @Test
    void cookieIsSecureWhenConfigured(@TempDir Path otherDir) {
        try (Api secure = Api.start(otherDir, Map.of("infoskaerm.cookies.secure", "true"))) {
            secure.server.app().accounts().createWithPassword("sikker", Role.VOLUNTEER, Set.of("tuse"), Set.of(),
                    Api.PASSWORD);
            Api.Res r = secure.json(null, "POST", "/api/v1/session", Map.of("username", "sikker", "password", Api.PASSWORD));
            assertTrue(r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("; Secure")),
                    r.headers().map().toString());
        }
    }

    @Test
    void cookieIsSecureWhenTheTrustedProxySaysHttpsAndOnlyThen(@TempDir Path otherDir) {
        try (Api behindProxy = Api.start(otherDir, Map.of("infoskaerm.cookies.trusted-proxy", "127.0.0.1"))) {
            behindProxy.server.app().accounts().createWithPassword("proxy", Role.VOLUNTEER, Set.of("tuse"), Set.of(),
                    Api.PASSWORD);
            byte[] login = dk.infoskaerm.content.json.Json.write(Map.of("username", "proxy", "password", Api.PASSWORD));
            Api.Res viaProxy = behindProxy.send(null, "POST", "/api/v1/session", "application/json", login,
                    "X-Forwarded-Proto", "https");
            assertTrue(viaProxy.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("; Secure")),
                    viaProxy.headers().map().toString());
            Api.Res plain = behindProxy.send(null, "POST", "/api/v1/session", "application/json", login);
            assertTrue(plain.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("; Secure")));
            Api.Res fromElsewhere = behindProxy.from("127.0.0.2").send(null, "POST", "/api/v1/session",
                    "application/json", login, "X-Forwarded-Proto", "https");
            assertEquals(200, fromElsewhere.status(), fromElsewhere.error());
            assertTrue(fromElsewhere.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("; Secure")),
                    "the header from an address that is not the proxy is ignored");
        }
    }

    @Test
    void stateChangingRequestWithoutOrWithWrongCsrfTokenIsRefusedAndChangesNothing() {
        Api.Login lone = api.login("lone", Api.PASSWORD);
        int before = api.get(lone, "/api/v1/posts").json().size();
        byte[] body = dk.infoskaerm.content.json.Json.write(Api.post("CSRF", "x", List.of("tuse")));
        Api.Login noToken = new Api.Login(lone.sessionId(), "");
        Api.Login wrongToken = new Api.Login(lone.sessionId(), "forkert-" + lone.csrf().substring(7));
        for (Api.Login attacker : List.of(noToken, wrongToken)) {
            Api.Res r = api.send(attacker, "POST", "/api/v1/posts", "application/json", body);
            assertEquals(403, r.status(), r.error());
            assertEquals("X-CSRF-Token", r.json().get("field").asText());
        }
        Api.Res noHeaderAtAll = api.send(null, "POST", "/api/v1/posts", "application/json", body,
                "Cookie", "isk_session=" + lone.sessionId());
        assertEquals(403, noHeaderAtAll.status(), noHeaderAtAll.error());
        assertEquals(before, api.get(lone, "/api/v1/posts").json().size());
        assertEquals(201, api.send(lone, "POST", "/api/v1/posts", "application/json", body).status());
    }

    @Test
    void loginIssuesNewSessionIdAndDropsThePreviousOne() {
        Api.Login first = api.login("lone", Api.PASSWORD);
        Api.Res again = api.send(null, "POST", "/api/v1/session", "application/json",
                dk.infoskaerm.content.json.Json.write(Map.of("username", "lone", "password", Api.PASSWORD)),
                "Cookie", "isk_session=" + first.sessionId());
        assertEquals(200, again.status(), again.error());
        String second = Api.sessionCookie(again);
        assertNotEquals(first.sessionId(), second);
        assertEquals(401, api.get(first, "/api/v1/session").status(), "the session presented at login is gone");
    }

    @Test
    void attackerChosenSessionIdIsNeverAdopted() {
        String planted = "A".repeat(43);
        Api.Res r = api.send(null, "POST", "/api/v1/session", "application/json",
                dk.infoskaerm.content.json.Json.write(Map.of("username", "lone", "password", Api.PASSWORD)),
                "Cookie", "isk_session=" + planted);
        assertNotEquals(planted, Api.sessionCookie(r));
        assertEquals(401, api.get(new Api.Login(planted, ""), "/api/v1/session").status());
    }

    @Test
    void logoutEndsTheSession() {
        Api.Login lone = api.login("lone", Api.PASSWORD);
        Api.Res out = api.json(lone, "DELETE", "/api/v1/session", null);
        assertEquals(204, out.status(), out.error());
        assertTrue(out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Max-Age=0")));
        assertEquals(401, api.get(lone, "/api/v1/session").status());
    }

    @Test
    void failuresOnAnAccountSlowItDownButNeverLockItOut(@TempDir Path otherDir) {
        try (Api slowed = Api.start(otherDir, Map.of("infoskaerm.login.max-failures-per-ip", "8",
                "infoskaerm.login.account-delay-per-failure-millis", "100",
                "infoskaerm.login.account-max-delay-millis", "250"))) {
            slowed.server.app().accounts().createWithPassword("chef", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
            Api attacker = slowed.from("127.0.0.2");
            for (int i = 0; i < 8; i++) {
                Api.Res r = attacker.json(null, "POST", "/api/v1/session", Map.of("username", "chef", "password", "gæt" + i));
                assertEquals(401, r.status(), "attempt " + i + ": " + r.error());
            }
            long started = System.nanoTime();
            Api.Res mine = slowed.json(null, "POST", "/api/v1/session", Map.of("username", "chef", "password", Api.PASSWORD));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, mine.status(), "the administrator is locked out by someone else's guesses: " + mine.error());
            assertTrue(tookMillis >= 250, "the account's failures slow the next login down: " + tookMillis + " ms");
            Api.Res stillBlocked = attacker.json(null, "POST", "/api/v1/session",
                    Map.of("username", "chef", "password", Api.PASSWORD));
            assertEquals(429, stillBlocked.status(), "the guessing address is throttled: " + stillBlocked.error());
        }
    }

    @Test
    void manyFailuresFromOneAddressBlockThatAddressOnly(@TempDir Path otherDir) {
        try (Api limited = Api.start(otherDir, Map.of("infoskaerm.login.max-failures-per-ip", "3"))) {
            limited.server.app().accounts().createWithPassword("kim", Role.VOLUNTEER, Set.of("tuse"), Set.of(),
                    Api.PASSWORD);
            Api attacker = limited.from("127.0.0.2");
            for (String name : List.of("a1", "a2", "a3")) {
                assertEquals(401, attacker.json(null, "POST", "/api/v1/session",
                        Map.of("username", name, "password", "x")).status());
            }
            Api.Res r = attacker.json(null, "POST", "/api/v1/session", Map.of("username", "kim", "password", Api.PASSWORD));
            assertEquals(429, r.status(), r.error());
            assertTrue(r.json().get("error").asText().startsWith("For mange mislykkede loginforsøg. Prøv igen kl. "),
                    r.body());
            assertEquals(200, limited.json(null, "POST", "/api/v1/session",
                    Map.of("username", "kim", "password", Api.PASSWORD)).status(), "another address is not blocked");
        }
    }

    @Test
    void disabledAccountIsLoggedOutAndCannotLogIn() {
        Api.Login admin = api.login("admin-s", Api.PASSWORD);
        Api.Res invited = api.json(admin, "POST", "/api/v1/accounts",
                Map.of("username", "spaerres", "role", "volunteer", "areas", List.of("tuse")));
        String id = invited.json().get("account").get("id").asText();
        String oneTime = invited.json().get("oneTimePassword").asText();
        Api.Login user = api.login("spaerres", oneTime);
        assertEquals(200, api.get(user, "/api/v1/session").status());
        Api.Res disabled = api.json(admin, "PUT", "/api/v1/accounts/" + id,
                Map.of("role", "volunteer", "areas", List.of("tuse"), "disabled", true));
        assertEquals(200, disabled.status(), disabled.error());
        assertEquals(401, api.get(user, "/api/v1/session").status());
        assertEquals(403, api.json(null, "POST", "/api/v1/session",
                Map.of("username", "spaerres", "password", oneTime)).status());
    }

    @Test
    void passwordResetGivesNewOneTimePasswordAndEndsSessions() {
        Api.Login admin = api.login("admin-s", Api.PASSWORD);
        Api.Res invited = api.json(admin, "POST", "/api/v1/accounts",
                Map.of("username", "nulstil", "role", "volunteer", "areas", List.of("tuse")));
        String id = invited.json().get("account").get("id").asText();
        Api.Login user = api.login("nulstil", invited.json().get("oneTimePassword").asText());
        Api.Res reset = api.json(admin, "POST", "/api/v1/accounts/" + id + "/password-reset", null);
        assertEquals(200, reset.status(), reset.error());
        assertEquals(401, api.get(user, "/api/v1/session").status());
        Api.Login again = api.login("nulstil", reset.json().get("oneTimePassword").asText());
        assertTrue(api.get(again, "/api/v1/session").json().get("account").get("mustChangePassword").asBoolean());
    }

    @Test
    void auditLogRecordsWhoDidWhat() {
        Api.Login admin = api.login("admin-s", Api.PASSWORD);
        Api.Res invited = api.json(admin, "POST", "/api/v1/accounts",
                Map.of("username", "revideret", "role", "volunteer", "areas", List.of("tuse")));
        String id = invited.json().get("account").get("id").asText();
        Api.Res log = api.get(admin, "/api/v1/audit?target=" + id);
        assertEquals(200, log.status(), log.error());
        assertEquals("created", log.json().get(0).get("action").asText());
        assertEquals("admin-s", log.json().get(0).get("actorName").asText());
        assertEquals("account", log.json().get(0).get("targetType").asText());
    }
}
