package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.server.accounts.Role;
import dk.infoskaerm.server.http.AddressThrottle;
import dk.infoskaerm.server.posts.SignUps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Politicians as data, and sign-up for dialogue meetings by QR: capacity, deadline, cancel, spam, export, purge. */
class DialogIT {

    private static final String AREA = "ugerloese";

    @TempDir
    static Path dataDir;
    private static Api api;
    private static Api.Login admin;
    private static Api.Login volunteer;
    private static Api.Login colleague;

    @BeforeAll
    static void start() {
        api = Api.start(dataDir, Map.of("infoskaerm.dialog.public-url", "https://skaerm.example.dk/",
                "infoskaerm.dialog.forms-per-address", "3"));
        var accounts = api.server.app().accounts();
        accounts.createWithPassword("admin-d", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        accounts.createWithPassword("arrangoer", Role.VOLUNTEER, Set.of(AREA), Set.of(), Api.PASSWORD);
        accounts.createWithPassword("kollega", Role.VOLUNTEER, Set.of(AREA), Set.of(), Api.PASSWORD);
        admin = api.login("admin-d", Api.PASSWORD);
        volunteer = api.login("arrangoer", Api.PASSWORD);
        colleague = api.login("kollega", Api.PASSWORD);
        // Sign-up and the slides are what these tests are about: the volunteer's meetings go out directly here
        // (approval of volunteers' meetings, the default, is tested in DialogWebIT and the meetings' own tests).
        assertEquals(200, api.json(admin, "PUT", "/api/v1/moderation/areas/" + AREA,
                Map.of("moderation", "direct")).status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void meetingSlideListsRegisteredPoliticiansAndFreeTextOnePerEntry() {
        String anne = politician("Anne Hansen", "A", List.of("Teknik- og Miljøudvalget"));
        String bo = politician("Bo Jensen", "V", List.of());
        Map<String, Object> body = Api.meeting(AREA, "Trafik i byen");
        body.put("politicianIds", List.of(anne, bo));
        body.put("politicians", List.of("to medlemmer af udvalget"));
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", body);
        assertEquals(201, r.status(), r.error());
        JsonNode slide = Feeds.slide(api, AREA, "meeting:" + r.json().get("id").asText());
        assertEquals(List.of("Anne Hansen (A), Teknik- og Miljøudvalget", "Bo Jensen (V)", "to medlemmer af udvalget"),
                texts(slide.get("meeting").get("politicians")));

        Api.Res changed = api.json(admin, "PUT", "/api/v1/politicians/" + bo,
                Map.of("name", "Bo Jensen", "party", "C", "committees", List.of("Økonomiudvalget")));
        assertEquals(200, changed.status(), changed.error());
        slide = Feeds.slide(api, AREA, "meeting:" + r.json().get("id").asText());
        assertEquals("Bo Jensen (C), Økonomiudvalget", slide.get("meeting").get("politicians").get(1).asText(),
                "a politician's change reaches the meetings that name them");

        Api.Res refused = api.json(admin, "DELETE", "/api/v1/politicians/" + bo, null);
        assertEquals(409, refused.status(), refused.error());
        assertTrue(refused.json().get("error").asText().contains("Trafik i byen"), refused.body());
    }

    @Test
    void demoDataGivesMoerkoevItsContactTwoPoliticiansAndAMeetingWithSignUp() {
        JsonNode contact = Feeds.slide(api, "moerkoev", "contact:moerkoev");
        assertNotNull(contact, "Har du en idé? in Mørkøv");
        assertEquals("Mørkøv Lokalforum · kontakt@moerkoev-lokalforum.dk", contact.get("title").asText());
        assertTrue(contact.get("body").asText().startsWith("Lise Berg"), contact.toString());
        JsonNode meeting = null;
        for (JsonNode slide : api.get(null, "/api/v1/screens/moerkoev/feed").json().get("slides")) {
            if (slide.get("url").asText().contains("/m/")) {
                meeting = slide;
            }
        }
        assertNotNull(meeting, "a meeting with sign-up in Mørkøv");
        assertEquals(60, meeting.get("meeting").get("seatsLeft").asInt());
        assertEquals(List.of("Anne Sofie Lund (A), Teknik- og Miljøudvalget", "Jens Ole Brandt (V), Børne- og Skoleudvalget",
                "To medlemmer af Teknik- og Miljøudvalget"), texts(meeting.get("meeting").get("politicians")));
        String code = meeting.get("url").asText().replaceAll(".*/m/", "");
        assertEquals("Mørkøv Lokalforum", api.get(null, "/api/v1/signup/" + code).json().get("organiser").asText());
        assertNotNull(Feeds.slide(api, "moerkoev", "book"), "Book en politiker in Mørkøv");
    }

    @Test
    void unknownPoliticianIsRefusedNamingTheField() {
        Map<String, Object> body = Api.meeting(AREA, "Ukendt");
        body.put("politicianIds", List.of("findes-ikke"));
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", body);
        assertEquals(422, r.status(), r.error());
        assertEquals("politicianIds", r.json().get("field").asText());
    }

    @Test
    void signUpsFillTheSeatsAndAreRefusedPastCapacityInDanish() {
        Map<String, Object> meeting = signUpMeeting(3, null);
        String code = meeting.get("code").toString();
        String id = meeting.get("id").toString();
        JsonNode slide = Feeds.slide(api, AREA, "meeting:" + id);
        assertEquals("https://skaerm.example.dk/m/" + code, slide.get("url").asText());
        assertEquals(3, slide.get("meeting").get("seatsLeft").asInt());

        Api.Res page = api.get(null, "/api/v1/signup/" + code);
        assertEquals(200, page.status(), page.error());
        assertTrue(page.json().get("open").asBoolean());
        assertEquals(3, page.json().get("seatsLeft").asInt());

        Api local = api.from("127.0.0.5");
        assertEquals(201, signUp(local, code, "Karen", "karen@example.dk", 2).status());
        assertEquals(1, Feeds.slide(api, AREA, "meeting:" + id).get("meeting").get("seatsLeft").asInt());
        Api.Res tooMany = signUp(local, code, "Per", "+45 12 34 56 78", 2);
        assertEquals(409, tooMany.status(), tooMany.error());
        assertEquals("Der er kun 1 plads tilbage. Tilmeld færre personer.", tooMany.json().get("error").asText());
        assertEquals("people", tooMany.json().get("field").asText());
        Api.Res last = signUp(api.from("127.0.0.6"), code, "Per", "12345678", 1);
        assertEquals(201, last.status(), last.error());
        assertEquals(0, Feeds.slide(api, AREA, "meeting:" + id).get("meeting").get("seatsLeft").asInt());

        Api.Res full = signUp(api.from("127.0.0.6"), code, "Lis", "lis@example.dk", 1);
        assertEquals(409, full.status(), full.error());
        assertEquals("Mødet er fuldt booket. Der er ikke flere pladser.", full.json().get("error").asText());
        assertFalse(api.get(null, "/api/v1/signup/" + code).json().get("open").asBoolean());

        Api.Res cancelled = api.json(null, "DELETE", "/api/v1/signup/" + code + "/"
                + last.json().get("cancelCode").asText(), null);
        assertEquals(204, cancelled.status(), cancelled.error());
        assertEquals(1, Feeds.slide(api, AREA, "meeting:" + id).get("meeting").get("seatsLeft").asInt());
        assertEquals(404, api.json(null, "DELETE", "/api/v1/signup/" + code + "/"
                + last.json().get("cancelCode").asText(), null).status(), "a code cancels once");
    }

    @Test
    void signUpsPastTheDeadlineAreRefusedInDanish() {
        Map<String, Object> meeting = signUpMeeting(null, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        Api.Res late = signUp(api.from("127.0.0.7"), meeting.get("code").toString(), "Karen", "karen@example.dk", 1);
        assertEquals(409, late.status(), late.error());
        assertTrue(late.json().get("error").asText().startsWith("Tilmeldingen er lukket. Fristen var "),
                late.body());
    }

    @Test
    void badFieldsAreRefusedUnderTheirNames() {
        String code = signUpMeeting(null, null).get("code").toString();
        Api from = api.from("127.0.0.8");
        assertEquals("contact", signUp(from, code, "Karen", "ring til mig", 1).json().get("field").asText());
        assertEquals("people", signUp(from, code, "Karen", "k@example.dk", 21).json().get("field").asText());
        assertEquals("name", signUp(from, code, "  ", "k@example.dk", 1).json().get("field").asText());
        assertEquals(404, signUp(api.from("127.0.0.13"), "ukendt", "Karen", "k@example.dk", 1).status());
    }

    @Test
    void aFilledHoneypotStoresNothingAndTooManyFromOneAddressGet429() {
        Map<String, Object> meeting = signUpMeeting(null, null);
        String code = meeting.get("code").toString();
        Api bot = api.from("127.0.0.9");
        Map<String, Object> body = new HashMap<>(Map.of("name", "Bot", "contact", "bot@example.dk", "people", 1,
                "website", "https://spam.example"));
        Api.Res fooled = bot.json(null, "POST", "/api/v1/signup/" + code, body);
        assertEquals(201, fooled.status(), fooled.error());
        assertEquals(0, api.get(volunteer, "/api/v1/meetings/" + meeting.get("id") + "/signups").json().size());
        assertEquals(201, signUp(bot, code, "A", "a@example.dk", 1).status());
        assertEquals(201, signUp(bot, code, "B", "b@example.dk", 1).status());
        Api.Res throttled = signUp(bot, code, "C", "c@example.dk", 1);
        assertEquals(429, throttled.status(), throttled.error());
        assertEquals(201, signUp(api.from("127.0.0.10"), code, "D", "d@example.dk", 1).status(),
                "another address is not affected");
    }

    @Test
    void organiserSeesQuestionsAndExportsCsvWhichTheAuditLogRecords() {
        Map<String, Object> meeting = signUpMeeting(null, null);
        String id = meeting.get("id").toString();
        Map<String, Object> body = new HashMap<>(Map.of("name", "=HYPERLINK(\"x\")", "contact", "k@example.dk",
                "people", 2, "question", "Hvornår kommer cykelstien?"));
        assertEquals(201, api.from("127.0.0.11").json(null, "POST", "/api/v1/signup/" + meeting.get("code"), body)
                .status());
        JsonNode list = api.get(volunteer, "/api/v1/meetings/" + id + "/signups").json();
        assertEquals("Hvornår kommer cykelstien?", list.get(0).get("question").asText());
        assertEquals(403, api.get(colleague, "/api/v1/meetings/" + id + "/signups").status(),
                "another volunteer of the area is not the organiser");
        Api.Res csv = api.get(volunteer, "/api/v1/meetings/" + id + "/signups.csv");
        assertEquals(200, csv.status(), csv.error());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"x\"\")\";\"k@example.dk\";2;\"Hvornår kommer cykelstien?\""),
                csv.body());
        JsonNode audit = api.get(admin, "/api/v1/audit?target=" + id).json();
        assertEquals("exported", audit.get(0).get("action").asText(), audit.toString());
    }

    @Test
    void signUpsAreDeletedThirtyDaysAfterTheMeeting() {
        Map<String, Object> meeting = signUpMeeting(null, null);
        String id = meeting.get("id").toString();
        assertEquals(201, signUp(api.from("127.0.0.12"), meeting.get("code").toString(), "Karen", "k@example.dk", 1)
                .status());
        var app = api.server.app();
        Instant end = Instant.parse(api.get(admin, "/api/v1/meetings/" + id).json().get("end").asText());
        SignUps early = new SignUps(app.db(), app.meetings(), throttle(),
                Clock.fixed(end.plus(Duration.ofDays(29)), ZoneOffset.UTC));
        early.purge();
        assertEquals(1, api.get(volunteer, "/api/v1/meetings/" + id + "/signups").json().size());
        SignUps late = new SignUps(app.db(), app.meetings(), throttle(),
                Clock.fixed(end.plus(SignUps.KEEP).plusSeconds(1), ZoneOffset.UTC));
        assertTrue(late.purge() >= 1);
        assertEquals(0, api.get(volunteer, "/api/v1/meetings/" + id + "/signups").json().size());
    }

    @Test
    void anAreaWithAContactShowsHarDuEnIdeWithItsLinkAndOneWithoutShowsNone() {
        String area = "stestrup";
        assertEquals(null, Feeds.slide(api, area, "contact:" + area), "an area without a contact shows none");
        Map<String, Object> contact = new HashMap<>(Map.of("lokalforumName", "Stestrup Lokalforum",
                "lokalforumContact", "formand@stestrup.dk", "personName", "Lise Berg", "personPhone", "72 36 12 34",
                "personEmail", "lise.berg@holbaek.dk"));
        Api.Res r = api.json(admin, "PUT", "/api/v1/areas/" + area + "/contact", contact);
        assertEquals(200, r.status(), r.error());
        assertEquals("https://www.holbaek.dk/deltag", r.json().get("link").asText(), "the default link");
        JsonNode slide = Feeds.slide(api, area, "contact:" + area);
        assertEquals("contact", slide.get("kind").asText());
        assertEquals("Stestrup Lokalforum · formand@stestrup.dk", slide.get("title").asText());
        assertEquals("Lise Berg · 72 36 12 34 · lise.berg@holbaek.dk", slide.get("body").asText());
        assertEquals("https://www.holbaek.dk/deltag", slide.get("url").asText());
        assertEquals(null, Feeds.slide(api, "tuse", "contact:" + area), "only in its own area");
        assertEquals("Lise Berg", api.get(null, "/api/v1/areas/" + area + "/contact").json().get("personName").asText());

        Api.Res photo = api.send(admin, "PUT", "/api/v1/areas/" + area + "/contact/photo", "image/png",
                TestImages.png(300, 400, false));
        assertEquals(200, photo.status(), photo.error());
        String image = Feeds.slide(api, area, "contact:" + area).get("image").asText();
        assertTrue(image.startsWith("/api/v1/images/"), image);
        assertEquals(200, api.get(null, image).status(), "the photo is served like a post's picture");
        Api.Res notAPicture = api.send(admin, "PUT", "/api/v1/areas/" + area + "/contact/photo", "image/png",
                "ikke et billede".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(notAPicture.status() >= 400 && notAPicture.status() < 500, notAPicture.error());
        assertEquals(200, api.json(admin, "DELETE", "/api/v1/areas/" + area + "/contact/photo", null).status());
        assertEquals("", Feeds.slide(api, area, "contact:" + area).get("image").asText(), "the photo is gone");
        assertEquals(404, api.get(null, image).status(), "and so is the stored picture");

        contact.put("personEmail", "ikke en adresse");
        Api.Res bad = api.json(admin, "PUT", "/api/v1/areas/" + area + "/contact", contact);
        assertEquals(422, bad.status(), bad.error());
        assertEquals("personEmail", bad.json().get("field").asText());
        assertEquals(200, api.json(admin, "PUT", "/api/v1/areas/" + area + "/contact", Map.of()).status());
        assertEquals(null, Feeds.slide(api, area, "contact:" + area), "a cleared contact leaves the screens");
    }

    @Test
    void aBookEnPolitikerRequestGoesAllTheWayToAMeetingOnTheAreasScreens() {
        String area = "regstrup";
        Api requester = api.from("127.0.0.20");
        Map<String, Object> body = Api.bookRequest(area);
        body.put("dateOptions", List.of(OffsetDateTime.now().plusDays(9).toString()));
        Api.Res one = requester.json(null, "POST", "/api/v1/book", body);
        assertEquals(422, one.status(), one.error());
        assertEquals("dateOptions", one.json().get("field").asText());
        Api.Res filed = requester.json(null, "POST", "/api/v1/book", Api.bookRequest(area));
        assertEquals(201, filed.status(), filed.error());
        String code = filed.json().get("statusCode").asText();
        assertEquals("new", requester.get(null, "/api/v1/book/status/" + code).json().get("status").asText());
        String id = api.get(admin, "/api/v1/book").json().get(0).get("id").asText();

        Api.Res noReason = api.json(admin, "PUT", "/api/v1/book/" + id, Map.of("status", "rejected"));
        assertEquals(422, noReason.status(), noReason.error());
        assertEquals("reason", noReason.json().get("field").asText());
        String anne = politician("Anne Book", "A", List.of("Børneudvalget"));
        String start = OffsetDateTime.now().plusDays(14).withNano(0).toString();
        Api.Res agreed = api.json(admin, "PUT", "/api/v1/book/" + id,
                Map.of("status", "agreed", "politicianIds", List.of(anne), "agreedStart", start));
        assertEquals(200, agreed.status(), agreed.error());
        Api.Res made = api.json(admin, "POST", "/api/v1/book/" + id + "/meeting",
                Map.of("location", "Regstrup Skole", "signUpEnabled", true, "capacity", 30));
        assertEquals(201, made.status(), made.error());
        assertEquals(409, api.json(admin, "POST", "/api/v1/book/" + id + "/meeting",
                Map.of("location", "Regstrup Skole")).status(), "a request becomes one meeting");

        JsonNode slide = Feeds.slide(api, area, "meeting:" + made.json().get("id").asText());
        assertEquals("Trafiksikkerhed på skolevejen", slide.get("title").asText());
        assertEquals("Anne Book (A), Børneudvalget", slide.get("meeting").get("politicians").get(0).asText());
        assertEquals(30, slide.get("meeting").get("seatsLeft").asInt());
        JsonNode status = requester.get(null, "/api/v1/book/status/" + code).json();
        assertEquals("agreed", status.get("status").asText());
        assertEquals(made.json().get("code").asText(), status.get("meetingCode").asText());
        assertEquals(404, requester.get(null, "/api/v1/book/status/gaet-et-link").status());
    }

    @Test
    void everyAreaShowsBookEnPolitikerUntilItTurnsItOff() {
        JsonNode slide = Feeds.slide(api, "kundby", "book");
        assertNotNull(slide, "on by default");
        assertEquals("book", slide.get("kind").asText());
        assertEquals("https://skaerm.example.dk/book-en-politiker", slide.get("url").asText());
        Api.Res off = api.json(admin, "PUT", "/api/v1/areas/kundby/contact", Map.of("bookSlide", false));
        assertEquals(200, off.status(), off.error());
        assertEquals(null, Feeds.slide(api, "kundby", "book"), "turned off in Kundby");
        assertNotNull(Feeds.slide(api, "tuse", "book"), "still on elsewhere");
        api.json(admin, "PUT", "/api/v1/areas/kundby/contact", Map.of("bookSlide", true));
        assertNotNull(Feeds.slide(api, "kundby", "book"));

        Api.Res area = api.json(admin, "POST", "/api/v1/areas", Map.of("name", "Nyby"));
        assertEquals(201, area.status(), area.error());
        Api.Res screen = api.json(admin, "POST", "/api/v1/screens", Map.of("id", "nyby", "name", "Nyby Hal",
                "areaSlug", "nyby"));
        assertEquals(201, screen.status(), screen.error());
        assertNotNull(Feeds.slide(api, "nyby", "book"), "a new area shows it at once");
        // What plays when names it by the headline the screen shows, not by its empty data title or its id.
        Api.Res schedule = api.get(admin, "/api/v1/screens/nyby/schedule?hours=1");
        assertEquals(200, schedule.status(), schedule.error());
        assertTrue(schedule.body().contains("\"title\":\"Book en politiker til jeres lokalområde\""), schedule.body());
    }

    private static AddressThrottle throttle() {
        return new AddressThrottle(1, Duration.ofMinutes(1), Clock.systemUTC(), "signUps.throttled");
    }

    private static String politician(String name, String party, List<String> committees) {
        Api.Res r = api.json(admin, "POST", "/api/v1/politicians",
                Map.of("name", name, "party", party, "committees", committees));
        assertEquals(201, r.status(), r.error());
        return r.json().get("id").asText();
    }

    /** A meeting with sign-up by the volunteer, three days ahead; its id and code. */
    private static Map<String, Object> signUpMeeting(Integer capacity, OffsetDateTime deadline) {
        Map<String, Object> body = Api.meeting(AREA, "Dialogmøde med tilmelding");
        body.put("signUpEnabled", true);
        body.put("capacity", capacity);
        body.put("signUpDeadline", deadline == null ? null : deadline.toString());
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", body);
        assertEquals(201, r.status(), r.error());
        assertNotNull(r.json().get("code"), r.body());
        return Map.of("id", r.json().get("id").asText(), "code", r.json().get("code").asText());
    }

    private static Api.Res signUp(Api from, String code, String name, String contact, int people) {
        return from.json(null, "POST", "/api/v1/signup/" + code,
                Map.of("name", name, "contact", contact, "people", people));
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
