package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.accounts.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × every endpoint, on resources of area A (Mørkøv): a volunteer of A acts in their own area, a volunteer
 * of B (Tuse) in another's, a trusted volunteer of A also approves there (area A allows it). Each cell is asserted allowed (2xx) or denied (401 anonymous, 403 logged in).
 */
class AuthorizationMatrixIT {

    /** Who calls. */
    enum Who { ANONYMOUS, VOLUNTEER_A, VOLUNTEER_B, TRUSTED_A, ADMIN }

    private static final String A = "moerkoev";
    private static final String B = "tuse";
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> LOGGED_IN = EnumSet.of(Who.VOLUNTEER_A, Who.VOLUNTEER_B, Who.TRUSTED_A, Who.ADMIN);
    private static final Set<Who> AREA_A = EnumSet.of(Who.VOLUNTEER_A, Who.TRUSTED_A, Who.ADMIN);
    /** Area A lets its trusted volunteers approve (set up below). */
    /** Volunteer A wrote the posts; only the author or an administrator changes one. */
    private static final Set<Who> AUTHOR_A = EnumSet.of(Who.VOLUNTEER_A, Who.ADMIN);
    private static final Set<Who> MODERATORS_A = EnumSet.of(Who.TRUSTED_A, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    @TempDir
    static Path dataDir;
    private static Api api;
    private static final Map<Who, Api.Login> LOGINS = new LinkedHashMap<>();

    /** One endpoint: how to call it (fresh fixtures each time) and who may. */
    private record Endpoint(String name, Set<Who> allowed, BiFunction<Api, Api.Login, Api.Res> call) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /api/v1/areas", EVERYONE, (api, who) -> api.get(who, "/api/v1/areas")),
            new Endpoint("GET /api/v1/screens/{id}/feed", EVERYONE, (api, who) -> api.get(who, "/api/v1/screens/moerkoev/feed")),
            new Endpoint("GET /openapi", EVERYONE, (api, who) -> api.get(who, "/openapi")),
            new Endpoint("GET /api/v1/session", LOGGED_IN, (api, who) -> api.get(who, "/api/v1/session")),
            new Endpoint("GET /api/v1/accounts", ADMIN, (api, who) -> api.get(who, "/api/v1/accounts")),
            new Endpoint("POST /api/v1/accounts", ADMIN, (api, who) -> api.json(who, "POST", "/api/v1/accounts",
                    Map.of("username", "ny-" + System.nanoTime(), "role", "volunteer", "areas", List.of(A)))),
            new Endpoint("GET /api/v1/accounts/{id}", ADMIN, (api, who) -> api.get(who, "/api/v1/accounts/" + newAccount())),
            new Endpoint("PUT /api/v1/accounts/{id}", ADMIN, (api, who) -> api.json(who, "PUT",
                    "/api/v1/accounts/" + newAccount(), Map.of("role", "volunteer", "areas", List.of(A, B)))),
            new Endpoint("POST /api/v1/accounts/{id}/password-reset", ADMIN, (api, who) -> api.json(who, "POST",
                    "/api/v1/accounts/" + newAccount() + "/password-reset", null)),
            new Endpoint("GET /api/v1/audit", ADMIN, (api, who) -> api.get(who, "/api/v1/audit")),
            new Endpoint("GET /api/v1/posts", LOGGED_IN, (api, who) -> api.get(who, "/api/v1/posts")),
            new Endpoint("POST /api/v1/posts (area A)", AREA_A, (api, who) -> api.json(who, "POST", "/api/v1/posts",
                    Api.post("Opslag", "Tekst", List.of(A)))),
            new Endpoint("GET /api/v1/posts/{id}", AREA_A, (api, who) -> api.get(who, "/api/v1/posts/" + postInA())),
            new Endpoint("PUT /api/v1/posts/{id}", AUTHOR_A, (api, who) -> api.json(who, "PUT",
                    "/api/v1/posts/" + postInA(), Api.post("Rettet", "Ny tekst", List.of(A)))),
            new Endpoint("POST /api/v1/posts/{id}/withdraw", AUTHOR_A, (api, who) -> api.json(who, "POST",
                    "/api/v1/posts/" + postInA() + "/withdraw", null)),
            new Endpoint("PUT /api/v1/posts/{id}/image", AUTHOR_A, (api, who) -> api.send(who, "PUT",
                    "/api/v1/posts/" + postInA() + "/image", "image/png", TestImages.png(40, 30, false))),
            new Endpoint("GET /api/v1/images/{id}", EVERYONE, (api, who) -> api.send(null, "GET", imageOfPostInA(), null, null)),
            new Endpoint("GET /api/v1/moderation/queue", LOGGED_IN, (api, who) -> api.get(who, "/api/v1/moderation/queue")),
            new Endpoint("POST /api/v1/moderation/posts/{id}/approve", MODERATORS_A, (api, who) -> api.json(who, "POST",
                    "/api/v1/moderation/posts/" + postInA() + "/approve", null)),
            new Endpoint("POST /api/v1/moderation/posts/{id}/reject", MODERATORS_A, (api, who) -> api.json(who, "POST",
                    "/api/v1/moderation/posts/" + postInA() + "/reject", Map.of("reason", "Mangler dato"))),
            new Endpoint("GET /api/v1/moderation/areas", LOGGED_IN, (api, who) -> api.get(who, "/api/v1/moderation/areas")),
            new Endpoint("PUT /api/v1/moderation/areas/{slug}", ADMIN, (api, who) -> api.json(who, "PUT",
                    "/api/v1/moderation/areas/" + A, Map.of("moderation", "approval", "trustedMayApprove", true))),
            new Endpoint("GET /api/v1/meetings", LOGGED_IN, (api, who) -> api.get(who, "/api/v1/meetings")),
            new Endpoint("POST /api/v1/meetings (area A)", AREA_A, (api, who) -> api.json(who, "POST", "/api/v1/meetings",
                    Api.meeting(A, "Dialogmøde"))),
            new Endpoint("GET /api/v1/meetings/{id}", AREA_A, (api, who) -> api.get(who, "/api/v1/meetings/" + meetingInA())),
            new Endpoint("PUT /api/v1/meetings/{id}", AREA_A, (api, who) -> api.json(who, "PUT",
                    "/api/v1/meetings/" + meetingInA(), Api.meeting(A, "Flyttet dialogmøde"))),
            new Endpoint("POST /api/v1/meetings/{id}/approve", MODERATORS_A, (api, who) -> api.json(who, "POST",
                    "/api/v1/meetings/" + meetingInA() + "/approve", null)),
            new Endpoint("DELETE /api/v1/meetings/{id}", AREA_A, (api, who) -> api.json(who, "DELETE",
                    "/api/v1/meetings/" + meetingInA(), null)),
            new Endpoint("GET /api/v1/meetings/{id}/signups", AUTHOR_A, (api, who) -> api.get(who,
                    "/api/v1/meetings/" + meetingInA() + "/signups")),
            new Endpoint("GET /api/v1/meetings/{id}/signups.csv", AUTHOR_A, (api, who) -> api.get(who,
                    "/api/v1/meetings/" + meetingInA() + "/signups.csv")),
            new Endpoint("GET /api/v1/areas/{slug}/contact", EVERYONE, (api, who) -> api.get(who,
                    "/api/v1/areas/" + A + "/contact")),
            new Endpoint("PUT /api/v1/areas/{slug}/contact", ADMIN, (api, who) -> api.json(who, "PUT",
                    "/api/v1/areas/" + A + "/contact", Map.of("lokalforumName", "Mørkøv Lokalforum"))),
            new Endpoint("PUT /api/v1/areas/{slug}/contact/photo", ADMIN, (api, who) -> api.send(who, "PUT",
                    "/api/v1/areas/" + A + "/contact/photo", "image/png", TestImages.png(40, 30, false))),
            new Endpoint("DELETE /api/v1/areas/{slug}/contact/photo", ADMIN, (api, who) -> api.json(who, "DELETE",
                    "/api/v1/areas/" + A + "/contact/photo", null)),
            new Endpoint("POST /api/v1/book", EVERYONE, (api, who) -> api.json(who, "POST", "/api/v1/book",
                    Api.bookRequest(A))),
            new Endpoint("GET /api/v1/book", ADMIN, (api, who) -> api.get(who, "/api/v1/book")),
            new Endpoint("GET /api/v1/book/status/{code}", EVERYONE, (api, who) -> api.get(who,
                    "/api/v1/book/status/" + bookRequest().get("statusCode"))),
            new Endpoint("PUT /api/v1/book/{id}", ADMIN, (api, who) -> api.json(who, "PUT",
                    "/api/v1/book/" + bookRequest().get("id"), Map.of("status", "in_progress"))),
            new Endpoint("POST /api/v1/book/{id}/meeting", ADMIN, (api, who) -> api.json(who, "POST",
                    "/api/v1/book/" + agreedBookRequest() + "/meeting", Map.of("location", "Mørkøv Hallen"))),
            new Endpoint("GET /api/v1/politicians", LOGGED_IN, (api, who) -> api.get(who, "/api/v1/politicians")),
            new Endpoint("POST /api/v1/politicians", ADMIN, (api, who) -> api.json(who, "POST", "/api/v1/politicians",
                    Map.of("name", "Anne Hansen", "party", "A"))),
            new Endpoint("GET /api/v1/politicians/{id}", LOGGED_IN, (api, who) -> api.get(who,
                    "/api/v1/politicians/" + newPolitician())),
            new Endpoint("PUT /api/v1/politicians/{id}", ADMIN, (api, who) -> api.json(who, "PUT",
                    "/api/v1/politicians/" + newPolitician(), Map.of("name", "Bo Jensen", "party", "V"))),
            new Endpoint("DELETE /api/v1/politicians/{id}", ADMIN, (api, who) -> api.json(who, "DELETE",
                    "/api/v1/politicians/" + newPolitician(), null)),
            new Endpoint("GET /api/v1/signup/{code}", EVERYONE, (api, who) -> api.get(who,
                    "/api/v1/signup/" + signUpCodeInA())),
            new Endpoint("POST /api/v1/signup/{code}", EVERYONE, (api, who) -> api.json(who, "POST",
                    "/api/v1/signup/" + signUpCodeInA(), Map.of("name", "Karen", "contact", "karen@example.dk"))),
            new Endpoint("DELETE /api/v1/signup/{code}/{cancelCode}", EVERYONE, (api, who) -> api.json(who, "DELETE",
                    signUpInA(), null)),
            new Endpoint("GET /api/v1/urgent", ADMIN, (api, who) -> api.get(who, "/api/v1/urgent")),
            new Endpoint("POST /api/v1/urgent", ADMIN, (api, who) -> api.json(who, "POST", "/api/v1/urgent",
                    Map.of("text", "Vejen er lukket", "areas", List.of(A)))),
            new Endpoint("GET /api/v1/urgent/{id}", ADMIN, (api, who) -> api.get(who, "/api/v1/urgent/" + urgentInA())),
            new Endpoint("POST /api/v1/urgent/{id}/clear", ADMIN, (api, who) -> api.json(who, "POST",
                    "/api/v1/urgent/" + urgentInA() + "/clear", null)),
            new Endpoint("POST /api/v1/areas", ADMIN, (api, who) -> api.json(who, "POST", "/api/v1/areas",
                    Map.of("name", "Nyt område " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "")))),
            new Endpoint("PUT /api/v1/areas/{slug}", ADMIN, (api, who) -> api.json(who, "PUT", "/api/v1/areas/" + A,
                    Map.of("name", "Mørkøv"))),
            new Endpoint("GET /api/v1/areas/{slug}/events.ics", EVERYONE, (api, who) -> api.get(who,
                    "/api/v1/areas/" + A + "/events.ics")),
            new Endpoint("GET /api/v1/areas/{slug}/news.rss", EVERYONE, (api, who) -> api.get(who,
                    "/api/v1/areas/" + A + "/news.rss")),
            new Endpoint("GET /api/v1/screens/{id}/schedule", ADMIN, (api, who) -> api.get(who,
                    "/api/v1/screens/" + A + "/schedule")),
            new Endpoint("GET /api/v1/screens", ADMIN, (api, who) -> api.get(who, "/api/v1/screens")),
            new Endpoint("POST /api/v1/screens", ADMIN, (api, who) -> api.json(who, "POST", "/api/v1/screens",
                    Map.of("id", "skaerm-" + System.nanoTime(), "name", "Ny skærm", "areaSlug", A))),
            new Endpoint("GET /api/v1/screens/{id}", ADMIN, (api, who) -> api.get(who, "/api/v1/screens/" + A)),
            new Endpoint("PUT /api/v1/screens/{id}", ADMIN, (api, who) -> api.json(who, "PUT", "/api/v1/screens/" + A,
                    Map.of("name", "Mørkøv Brugs", "areaSlug", A, "orientation", "landscape"))),
            new Endpoint("DELETE /api/v1/screens/{id}", ADMIN, (api, who) -> api.json(who, "DELETE",
                    "/api/v1/screens/" + newScreen(), null)),
            new Endpoint("POST /api/v1/screens/{id}/token", ADMIN, (api, who) -> api.json(who, "POST",
                    "/api/v1/screens/" + newScreen() + "/token", null)),
            new Endpoint("GET /api/v1/sources", ADMIN, (api, who) -> api.get(who, "/api/v1/sources")),
            new Endpoint("POST /api/v1/sources", ADMIN, (api, who) -> api.json(who, "POST", "/api/v1/sources",
                    Map.of("id", "kilde-" + System.nanoTime(), "name", "Lokalforum", "kind", "news",
                            "url", "http://127.0.0.1:9/feed.rss", "pollMinutes", 60, "enabled", false))),
            new Endpoint("GET /api/v1/sources/{id}", ADMIN, (api, who) -> api.get(who, "/api/v1/sources/" + newSource())),
            new Endpoint("PUT /api/v1/sources/{id}", ADMIN, (api, who) -> api.json(who, "PUT",
                    "/api/v1/sources/" + newSource(), Map.of("name", "Lokalforum", "kind", "news",
                            "url", "http://127.0.0.1:9/feed.rss", "pollMinutes", 120, "enabled", false))),
            new Endpoint("DELETE /api/v1/sources/{id}", ADMIN, (api, who) -> api.json(who, "DELETE",
                    "/api/v1/sources/" + newSource(), null)),
            new Endpoint("POST /api/v1/sources/{id}/import", ADMIN, (api, who) -> api.json(who, "POST",
                    "/api/v1/sources/" + newSource() + "/import", null)),
            new Endpoint("GET /api/v1/screens/{id}/screenshot", ADMIN, (api, who) -> api.get(who,
                    "/api/v1/screens/" + screenWithScreenshot() + "/screenshot")),
            new Endpoint("DELETE /api/v1/session (log out)", LOGGED_IN, (api, who) -> api.json(
                    who == null ? null : freshLogin(who), "DELETE", "/api/v1/session", null)));

    @BeforeAll
    static void start() {
        api = Api.start(dataDir, Map.of("infoskaerm.dialog.forms-per-address", "1000"));
        var accounts = api.server.app().accounts();
        accounts.createWithPassword("admin-test", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        accounts.createWithPassword("frivillig-a", Role.VOLUNTEER, Set.of(A), Set.of(), Api.PASSWORD);
        accounts.createWithPassword("frivillig-b", Role.VOLUNTEER, Set.of(B), Set.of(), Api.PASSWORD);
        accounts.createWithPassword("tillid-a", Role.VOLUNTEER, Set.of(A), Set.of(A), Api.PASSWORD);
        LOGINS.put(Who.ADMIN, api.login("admin-test", Api.PASSWORD));
        LOGINS.put(Who.VOLUNTEER_A, api.login("frivillig-a", Api.PASSWORD));
        LOGINS.put(Who.VOLUNTEER_B, api.login("frivillig-b", Api.PASSWORD));
        LOGINS.put(Who.TRUSTED_A, api.login("tillid-a", Api.PASSWORD));
        // Area A needs approval, so a volunteer's new post there is pending and can be approved or rejected.
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "PUT", "/api/v1/moderation/areas/" + A,
                Map.of("moderation", "approval", "trustedMayApprove", true));
        assertEquals(200, r.status(), r.error());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Who who : Who.values()) {
                cells.add(Arguments.of(endpoint.name(), who, endpoint.allowed().contains(who)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("cells")
    void eachRoleIsAllowedOrDeniedAsTheTableSays(String name, Who who, boolean allowed) {
        Endpoint endpoint = ENDPOINTS.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        Api.Res r = endpoint.call().apply(api, LOGINS.get(who));
        if (allowed) {
            assertTrue(r.status() >= 200 && r.status() < 300, name + " as " + who + " should be allowed: " + r.error());
        } else {
            int expected = who == Who.ANONYMOUS ? 401 : 403;
            assertEquals(expected, r.status(), name + " as " + who + " should be denied: " + r.error());
            assertTrue(r.json().has("error") && r.json().has("field"), r.body());
        }
    }

    @org.junit.jupiter.api.Test
    @SuppressWarnings("unchecked")
    void openApiDocumentDescribesEveryEndpointOfTheMatrix() {
        Api.Res r = api.get(null, "/openapi");
        assertEquals(200, r.status());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        Map<String, Object> doc = new org.yaml.snakeyaml.Yaml().load(r.body());
        assertTrue(String.valueOf(doc.get("openapi")).startsWith("3."));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        for (Endpoint endpoint : ENDPOINTS) {
            String[] parts = endpoint.name().split(" ");
            String path = parts[1];
            assertTrue(paths.containsKey(path), "documented: " + path);
            assertTrue(paths.get(path).containsKey(parts[0].toLowerCase(java.util.Locale.ROOT)),
                    "documented: " + endpoint.name());
        }
    }

    /** Operations whose caller is not a session, each with the test that pins down who may call it. */
    private static final Map<String, String> TESTED_ELSEWHERE = Map.of(
            "GET /api/v1/screens/{id}/events", "public like the feed; an open stream: ServerContract.tellsSubscribedScreenWhenItsFeedChanges",
            "POST /api/v1/screens/{id}/heartbeat", "a screen's device token: ServerContract.refusesBadHeartbeatsClearly",
            "POST /api/v1/session", "logging in, open to everyone: SessionSecurityIT",
            "POST /api/v1/session/password", "the logged-in account's own password: SessionSecurityIT",
            "POST /api/v1/sources/test", "administrators; fetches a URL: SourcesContract, SourceAddressGuardIT");

    @org.junit.jupiter.api.Test
    @SuppressWarnings("unchecked")
    void everyOperationOfTheOpenApiDocumentHasARowInTheMatrix() {
        Map<String, Object> doc = new org.yaml.snakeyaml.Yaml().load(api.get(null, "/openapi").body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Set<String> rows = new java.util.HashSet<>();
        ENDPOINTS.forEach(e -> rows.add(e.name().replaceAll(" \\(.*\\)$", "")));
        rows.addAll(TESTED_ELSEWHERE.keySet());
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch", "head").contains(method))
                .map(method -> method.toUpperCase(java.util.Locale.ROOT) + " " + path)
                .filter(operation -> !rows.contains(operation))
                .forEach(missing::add));
        assertEquals(List.of(), missing, "a new endpoint needs its row in this test's table of who may call it");
    }

    /** A pending post of volunteer A in area A. */
    private static String postInA() {
        Api.Res r = api.json(LOGINS.get(Who.VOLUNTEER_A), "POST", "/api/v1/posts", Api.post("Loppemarked", "Kom", List.of(A)));
        assertEquals(201, r.status(), r.error());
        assertEquals("pending", r.json().get("status").asText());
        return r.json().get("id").asText();
    }

    private static String imageOfPostInA() {
        String id = postInA();
        Api.Res r = api.send(LOGINS.get(Who.VOLUNTEER_A), "PUT", "/api/v1/posts/" + id + "/image", "image/png",
                TestImages.png(20, 20, false));
        assertEquals(200, r.status(), r.error());
        return r.json().get("imageUrl").asText();
    }

    private static String meetingInA() {
        Api.Res r = api.json(LOGINS.get(Who.VOLUNTEER_A), "POST", "/api/v1/meetings", Api.meeting(A, "Dialogmøde"));
        assertEquals(201, r.status(), r.error());
        return r.json().get("id").asText();
    }

    /** A fresh request in area A: its id and the code of its private status link. */
    private static Map<String, String> bookRequest() {
        Api.Res r = api.json(null, "POST", "/api/v1/book", Api.bookRequest(A));
        assertEquals(201, r.status(), r.error());
        String code = r.json().get("statusCode").asText();
        Api.Res all = api.get(LOGINS.get(Who.ADMIN), "/api/v1/book");
        return Map.of("id", all.json().get(0).get("id").asText(), "statusCode", code);
    }

    private static String agreedBookRequest() {
        String id = bookRequest().get("id");
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "PUT", "/api/v1/book/" + id, Map.of("status", "agreed",
                "agreedStart", java.time.OffsetDateTime.now().plusDays(20).withNano(0).toString()));
        assertEquals(200, r.status(), r.error());
        return id;
    }

    private static String newPolitician() {
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "POST", "/api/v1/politicians", Map.of("name", "Lone Lund"));
        assertEquals(201, r.status(), r.error());
        return r.json().get("id").asText();
    }

    /** The sign-up code of a published meeting in area A (entered by an administrator, so not pending). */
    private static String signUpCodeInA() {
        Map<String, Object> body = Api.meeting(A, "Dialogmøde med tilmelding");
        body.put("signUpEnabled", true);
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "POST", "/api/v1/meetings", body);
        assertEquals(201, r.status(), r.error());
        return r.json().get("code").asText();
    }

    /** The cancel path of a fresh sign-up in area A. */
    private static String signUpInA() {
        String code = signUpCodeInA();
        Api.Res r = api.json(null, "POST", "/api/v1/signup/" + code, Map.of("name", "Karen", "contact", "12345678"));
        assertEquals(201, r.status(), r.error());
        return "/api/v1/signup/" + code + "/" + r.json().get("cancelCode").asText();
    }

    private static String urgentInA() {
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "POST", "/api/v1/urgent", Map.of("text", "Akut", "areas", List.of(A)));
        assertEquals(201, r.status(), r.error());
        return r.json().get("id").asText();
    }

    private static String newAccount() {
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "POST", "/api/v1/accounts",
                Map.of("username", "konto-" + System.nanoTime(), "role", "volunteer", "areas", List.of(A)));
        assertEquals(201, r.status(), r.error());
        return r.json().get("account").get("id").asText();
    }

    private static String newScreen() {
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "POST", "/api/v1/screens",
                Map.of("id", "skaerm-" + System.nanoTime(), "name", "Ny skærm", "areaSlug", A));
        assertEquals(201, r.status(), r.error());
        return r.json().get("screen").get("id").asText();
    }

    private static String newSource() {
        Api.Res r = api.json(LOGINS.get(Who.ADMIN), "POST", "/api/v1/sources", Map.of("id", "kilde-" + System.nanoTime(),
                "name", "Lokalforum", "kind", "news", "url", "http://127.0.0.1:9/feed.rss", "pollMinutes", 60,
                "enabled", false));
        assertEquals(201, r.status(), r.error());
        return r.json().get("id").asText();
    }

    /** Screen A after a heartbeat with a screenshot, sent with its device token. */
    private static String screenWithScreenshot() {
        try (var in = java.nio.file.Files.newBufferedReader(dataDir.resolve(
                dk.infoskaerm.server.Application.DEVICE_TOKENS_FILE))) {
            java.util.Properties tokens = new java.util.Properties();
            tokens.load(in);
            String png = java.util.Base64.getEncoder().encodeToString(TestImages.png(4, 3, false));
            Api.Res r = api.send(null, "POST", "/api/v1/screens/" + A + "/heartbeat", "application/json",
                    ("{\"clientVersion\":\"1\",\"showing\":\"idle\",\"uptimeSeconds\":1,\"screenshot\":\"" + png
                            + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "Authorization", "Bearer " + tokens.getProperty(A));
            assertEquals(204, r.status(), r.error());
            return A;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Logging out ends the session, so it gets a session of its own. */
    private static Api.Login freshLogin(Api.Login who) {
        String user = who.equals(LOGINS.get(Who.ADMIN)) ? "admin-test"
                : who.equals(LOGINS.get(Who.VOLUNTEER_A)) ? "frivillig-a"
                : who.equals(LOGINS.get(Who.TRUSTED_A)) ? "tillid-a" : "frivillig-b";
        return api.login(user, Api.PASSWORD);
    }
}
