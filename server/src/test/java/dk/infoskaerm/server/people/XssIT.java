package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.server.accounts.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Known XSS vectors through every text field: each comes back inert from the API and in the screen feed. */
class XssIT {

    /** A tag could start here: '<' followed by a letter, '/', '!' or '?'. */
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?]");

    static List<String> vectors() {
        return List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg/onload=alert(1)>",
                "\"><script>alert(document.cookie)</script>",
                "'><img src=x onerror=alert(1)//",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<body onload=alert(1)>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
                "<<script>script>alert(1)<</script>/script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<details open ontoggle=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "%3Cscript%3Ealert(1)%3C/script%3E <b onmouseover=alert(1)>fed</b>",
                "\u003cscript\u003ealert(1)\u003c/script\u003e");
    }

    @TempDir
    static Path dataDir;
    private static Api api;
    private static Api.Login admin;
    private static Api.Login volunteer;

    @BeforeAll
    static void start() {
        // Every vector adds a slide to the same screen; lift the per-kind cap so all stay in the feed.
        api = Api.start(dataDir, Map.of("infoskaerm.composer.max-per-kind", "500",
                "infoskaerm.dialog.forms-per-address", "1000"));
        api.server.app().accounts().createWithPassword("xss-admin", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        api.server.app().accounts().createWithPassword("xss-frivillig", Role.VOLUNTEER, Set.of("jyderup"), Set.of(),
                Api.PASSWORD);
        admin = api.login("xss-admin", Api.PASSWORD);
        volunteer = api.login("xss-frivillig", Api.PASSWORD);
        // The volunteer's posts go straight to the screens here, where the vectors are read back.
        assertEquals(200, api.json(admin, "PUT", "/api/v1/moderation/areas/jyderup", Map.of("moderation", "direct"))
                .status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void postTitleAndTextAreInertInApiAndFeed(String vector) {
        Api.Res r = api.json(volunteer, "POST", "/api/v1/posts", Api.post("Opslag " + vector, "Tekst " + vector,
                List.of("jyderup")));
        assertEquals(201, r.status(), r.error());
        assertInert(r.json().get("title").asText());
        assertInert(r.json().get("text").asText());
        JsonNode again = api.get(volunteer, "/api/v1/posts/" + r.json().get("id").asText()).json();
        assertInert(again.get("title").asText());
        assertInert(again.get("text").asText());
        JsonNode slide = slide("jyderup", "post:" + r.json().get("id").asText());
        assertInert(slide.get("title").asText());
        assertInert(slide.get("body").asText());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void meetingFieldsAreInertInApiAndFeed(String vector) {
        Map<String, Object> body = Api.meeting("jyderup", "Dialogmøde " + vector);
        body.put("committee", "Udvalg " + vector);
        body.put("politicians", List.of("Politiker " + vector));
        body.put("location", "Sted " + vector);
        body.put("signUp", "Ring til Lone " + vector);
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", body);
        assertEquals(201, r.status(), r.error());
        for (String field : List.of("title", "committee", "location", "signUp")) {
            assertInert(r.json().get(field).asText());
        }
        assertInert(r.json().get("politicians").get(0).asText());
        JsonNode slide = slide("jyderup", "meeting:" + r.json().get("id").asText());
        assertInert(slide.get("title").asText());
        assertInert(slide.get("location").asText());
        assertInert(slide.get("meeting").get("committee").asText());
        assertInert(slide.get("meeting").get("signUp").asText());
        assertInert(slide.get("meeting").get("politicians").get(0).asText());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void politicianAndSignUpFieldsAreInertInApiFeedPublicPageAndExport(String vector) {
        Api.Res p = api.json(admin, "POST", "/api/v1/politicians", Map.of("name", "Anne " + vector,
                "party", "A " + vector, "committees", List.of("Udvalg " + vector)));
        assertEquals(201, p.status(), p.error());
        for (String field : List.of("name", "party")) {
            assertInert(p.json().get(field).asText());
        }
        assertInert(p.json().get("committees").get(0).asText());
        Map<String, Object> body = Api.meeting("jyderup", "Dialogmøde " + vector);
        body.put("politicianIds", List.of(p.json().get("id").asText()));
        body.put("organiser", "Lokalforum " + vector);
        body.put("signUpEnabled", true);
        Api.Res m = api.json(volunteer, "POST", "/api/v1/meetings", body);
        assertEquals(201, m.status(), m.error());
        assertInert(m.json().get("organiser").asText());
        assertInert(slide("jyderup", "meeting:" + m.json().get("id").asText()).get("meeting").get("politicians")
                .get(0).asText());
        String code = m.json().get("code").asText();
        JsonNode page = api.get(null, "/api/v1/signup/" + code).json();
        for (String field : List.of("title", "organiser", "location")) {
            assertInert(page.get(field).asText());
        }
        assertInert(page.get("politicians").get(0).asText());
        Api.Res signed = api.json(null, "POST", "/api/v1/signup/" + code, Map.of("name", "Karen " + vector,
                "contact", "12345678", "question", "Spørgsmål " + vector));
        assertEquals(201, signed.status(), signed.error());
        JsonNode row = api.get(volunteer, "/api/v1/meetings/" + m.json().get("id").asText() + "/signups").json().get(0);
        assertInert(row.get("name").asText());
        assertInert(row.get("question").asText());
        assertInert(api.get(volunteer, "/api/v1/meetings/" + m.json().get("id").asText() + "/signups.csv").body());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void bookRequestAndAreaContactFieldsAreInert(String vector) {
        Map<String, Object> body = Api.bookRequest("jyderup");
        body.put("requester", "Forening " + vector);
        body.put("topic", "Emne " + vector);
        Api.Res filed = api.json(null, "POST", "/api/v1/book", body);
        assertEquals(201, filed.status(), filed.error());
        JsonNode request = api.get(admin, "/api/v1/book").json().get(0);
        assertInert(request.get("requester").asText());
        assertInert(request.get("topic").asText());
        Api.Res handled = api.json(admin, "PUT", "/api/v1/book/" + request.get("id").asText(),
                Map.of("status", "rejected", "reason", "Grund " + vector));
        assertEquals(200, handled.status(), handled.error());
        JsonNode status = api.get(null, "/api/v1/book/status/" + filed.json().get("statusCode").asText()).json();
        assertInert(status.get("reason").asText());
        assertInert(status.get("topic").asText());

        Api.Res contact = api.json(admin, "PUT", "/api/v1/areas/jyderup/contact", Map.of("lokalforumName",
                "Lokalforum " + vector, "lokalforumContact", "Kontakt " + vector, "personName", "Navn " + vector));
        assertEquals(200, contact.status(), contact.error());
        JsonNode slide = slide("jyderup", "contact:jyderup");
        assertInert(slide.get("title").asText());
        assertInert(slide.get("body").asText());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void urgentTextIsInertInApiAndFeed(String vector) {
        Api.Res r = api.json(admin, "POST", "/api/v1/urgent", Map.of("text", "Akut " + vector, "areas", List.of("jyderup")));
        assertEquals(201, r.status(), r.error());
        assertInert(r.json().get("text").asText());
        assertInert(slide("jyderup", "urgent:" + r.json().get("id").asText()).get("title").asText());
        api.json(admin, "POST", "/api/v1/urgent/" + r.json().get("id").asText() + "/clear", null);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void rejectionReasonAndDisplayNameAreInert(String vector) {
        Api.Res account = api.json(admin, "POST", "/api/v1/accounts", Map.of("username", "navn-" + System.nanoTime(),
                "displayName", "Navn " + vector, "role", "volunteer", "areas", List.of("oroe")));
        assertEquals(201, account.status(), account.error());
        assertInert(account.json().get("account").get("displayName").asText());
        api.json(admin, "PUT", "/api/v1/moderation/areas/oroe", Map.of("moderation", "approval"));
        Api.Login other = api.login("xss-frivillig", Api.PASSWORD);
        api.json(admin, "PUT", "/api/v1/accounts/" + api.get(other, "/api/v1/session").json().get("account").get("id")
                .asText(), Map.of("role", "volunteer", "areas", List.of("jyderup", "oroe")));
        Api.Res post = api.json(other, "POST", "/api/v1/posts", Api.post("Til godkendelse", "", List.of("oroe")));
        assertEquals("pending", post.json().get("status").asText(), post.error());
        Api.Res rejected = api.json(admin, "POST", "/api/v1/moderation/posts/" + post.json().get("id").asText()
                + "/reject", Map.of("reason", "Grund " + vector));
        assertEquals(200, rejected.status(), rejected.error());
        assertInert(rejected.json().get("rejectionReason").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "//evil.example/x", "https://example.org/\"><script>", "ftp://example.org/fil"})
    void linksOtherThanHttpAreRefused(String link) {
        Map<String, Object> body = Api.post("Opslag", "Tekst", List.of("jyderup"));
        body.put("link", link);
        Api.Res r = api.json(volunteer, "POST", "/api/v1/posts", body);
        assertEquals(422, r.status(), r.error());
        assertEquals("link", r.json().get("field").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4="})
    void meetingSignUpLinksOtherThanHttpAreRefused(String link) {
        Map<String, Object> body = Api.meeting("jyderup", "Møde");
        body.put("signUp", link);
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", body);
        assertEquals(422, r.status(), r.error());
        assertEquals("signUp", r.json().get("field").asText());
    }

    private static JsonNode slide(String screen, String id) {
        Api.Res feed = api.get(null, "/api/v1/screens/" + screen + "/feed");
        assertEquals(200, feed.status());
        JsonNode slide = StreamSupport.stream(feed.json().get("slides").spliterator(), false)
                .filter(s -> s.get("id").asText().equals(id)).findFirst().orElse(null);
        assertNotNull(slide, id + " in feed of " + screen);
        return slide;
    }

    private static void assertInert(String text) {
        assertFalse(TAG.matcher(text).find(), "markup survived: " + text);
        assertFalse(text.contains("<script") || text.toLowerCase().contains("onerror=<"), text);
    }
}
