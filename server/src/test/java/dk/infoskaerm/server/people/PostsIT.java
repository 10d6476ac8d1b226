package dk.infoskaerm.server.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.server.accounts.Role;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Announcements: moderation, what reaches the feed, images, limits. */
class PostsIT {

    private static final String DIRECT = "kundby";
    private static final String MODERATED = "svinninge";
    private static final String TRUSTED_AREA = "regstrup";

    @TempDir
    static Path dataDir;
    private static Api api;
    private static Api.Login admin;
    private static Api.Login volunteer;
    private static Api.Login trusted;

    @BeforeAll
    static void start() {
        api = Api.start(dataDir, Map.of());
        var accounts = api.server.app().accounts();
        accounts.createWithPassword("admin-p", Role.ADMIN, Set.of(), Set.of(), Api.PASSWORD);
        accounts.createWithPassword("frivillig", Role.VOLUNTEER, Set.of(DIRECT, MODERATED, TRUSTED_AREA), Set.of(),
                Api.PASSWORD);
        accounts.createWithPassword("betroet", Role.VOLUNTEER, Set.of(MODERATED, TRUSTED_AREA),
                Set.of(MODERATED, TRUSTED_AREA), Api.PASSWORD);
        admin = api.login("admin-p", Api.PASSWORD);
        volunteer = api.login("frivillig", Api.PASSWORD);
        trusted = api.login("betroet", Api.PASSWORD);
        assertEquals(200, api.json(admin, "PUT", "/api/v1/moderation/areas/" + DIRECT,
                Map.of("moderation", "direct")).status());
        assertEquals(200, api.json(admin, "PUT", "/api/v1/moderation/areas/" + TRUSTED_AREA,
                Map.of("moderation", "approval", "trustedMayApprove", true)).status());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void postInDirectAreaIsPublishedAndOnTheScreenAtOnce() {
        JsonNode post = create(volunteer, "Sankthans", DIRECT);
        assertEquals("published", post.get("status").asText());
        assertTrue(inFeed(DIRECT, post), "on the Kundby screen");
        assertFalse(inFeed("tuse", post), "not on another area's screen");
    }

    @Test
    void postInModeratedAreaWaitsForApprovalThenShows() {
        JsonNode post = create(volunteer, "Juletræ", MODERATED);
        assertEquals("pending", post.get("status").asText());
        assertFalse(inFeed(MODERATED, post));
        assertTrue(queueIds(admin).contains(post.get("id").asText()));
        assertFalse(queueIds(trusted).contains(post.get("id").asText()), "area does not let trusted volunteers approve");
        assertEquals(403, api.json(trusted, "POST", approve(post), null).status());
        Api.Res approved = api.json(admin, "POST", approve(post), null);
        assertEquals(200, approved.status(), approved.error());
        assertEquals("published", approved.json().get("status").asText());
        assertTrue(inFeed(MODERATED, post));
    }

    @Test
    void trustedVolunteerApprovesWhereTheAreaAllowsButNotOwnPosts() {
        JsonNode post = create(volunteer, "Koncert", TRUSTED_AREA);
        assertTrue(queueIds(trusted).contains(post.get("id").asText()));
        assertEquals(200, api.json(trusted, "POST", approve(post), null).status());
        assertTrue(inFeed(TRUSTED_AREA, post));
        JsonNode own = create(trusted, "Mit eget", TRUSTED_AREA);
        assertEquals(403, api.json(trusted, "POST", approve(own), null).status());
    }

    @Test
    void aTrustedVolunteerCannotRewriteAnothersPendingPostAndPublishItUnderTheirName() {
        JsonNode post = create(volunteer, "Loppemarked", TRUSTED_AREA);
        String id = post.get("id").asText();
        Api.Res edited = api.json(trusted, "PUT", "/api/v1/posts/" + id,
                Api.post("Loppemarked", "Betroet frivilligs tekst", List.of(TRUSTED_AREA)));
        assertEquals(403, edited.status(), edited.error());
        api.json(trusted, "POST", approve(post), null);
        JsonNode slide = Feeds.slide(api, TRUSTED_AREA, "post:" + id);
        assertTrue(slide == null || !slide.toString().contains("Betroet frivilligs tekst"),
                "the approver's own text reached the screen under the author's name: " + slide);
        assertEquals("Tekst", api.get(volunteer, "/api/v1/posts/" + id).json().get("text").asText());
    }

    @Test
    void whoeverChangedAPendingPostLeavesTheApprovalToSomeoneElse() {
        JsonNode post = create(volunteer, "Høstfest", TRUSTED_AREA);
        Api.Res edited = api.json(admin, "PUT", "/api/v1/posts/" + post.get("id").asText(),
                Api.post("Høstfest", "Administratorens tekst", List.of(TRUSTED_AREA)));
        assertEquals(200, edited.status(), edited.error());
        assertEquals("pending", edited.json().get("status").asText());
        Api.Res own = api.json(admin, "POST", approve(post), null);
        assertEquals(409, own.status(), own.error());
        assertTrue(own.json().get("error").asText().contains("en anden"), own.body());
        assertTrue(own.json().has("field"), own.body());
        assertFalse(inFeed(TRUSTED_AREA, post), "approved by the one who changed it");
        Api.Res other = api.json(trusted, "POST", approve(post), null);
        assertEquals(200, other.status(), other.error());
        assertTrue(inFeed(TRUSTED_AREA, post));
    }

    @Test
    void onlyTheAuthorOrAnAdministratorChangesOrWithdrawsAPost() {
        Api.Res r = api.json(admin, "POST", "/api/v1/posts", Api.post("Kommunens opslag", "Fra kommunen", List.of(DIRECT)));
        assertEquals(201, r.status(), r.error());
        JsonNode post = r.json();
        String id = post.get("id").asText();
        assertEquals(403, api.json(volunteer, "PUT", "/api/v1/posts/" + id,
                Api.post("Kommunens opslag", "Omskrevet af en frivillig", List.of(DIRECT))).status());
        assertEquals(403, api.send(volunteer, "PUT", "/api/v1/posts/" + id + "/image", "image/png",
                TestImages.png(20, 20, false)).status());
        assertEquals(403, api.json(volunteer, "POST", "/api/v1/posts/" + id + "/withdraw", null).status());
        JsonNode slide = Feeds.slide(api, DIRECT, "post:" + id);
        assertTrue(slide != null && slide.toString().contains("Fra kommunen"), "the administrator's post is intact: "
                + slide);
        JsonNode own = create(volunteer, "Eget opslag", DIRECT);
        Api.Res byAdmin = api.json(admin, "PUT", "/api/v1/posts/" + own.get("id").asText(),
                Api.post("Eget opslag", "Rettet af administrator", List.of(DIRECT)));
        assertEquals(200, byAdmin.status(), byAdmin.error());
    }

    @Test
    void rejectionCarriesReasonTheAuthorSees() {
        JsonNode post = create(volunteer, "Reklame", MODERATED);
        Api.Res noReason = api.json(admin, "POST", "/api/v1/moderation/posts/" + post.get("id").asText() + "/reject",
                Map.of("reason", " "));
        assertEquals(422, noReason.status());
        assertEquals("reason", noReason.json().get("field").asText());
        Api.Res rejected = api.json(admin, "POST", "/api/v1/moderation/posts/" + post.get("id").asText() + "/reject",
                Map.of("reason", "Kommercielle opslag hører ikke hjemme her."));
        assertEquals(200, rejected.status(), rejected.error());
        JsonNode seen = api.get(volunteer, "/api/v1/posts/" + post.get("id").asText()).json();
        assertEquals("rejected", seen.get("status").asText());
        assertEquals("Kommercielle opslag hører ikke hjemme her.", seen.get("rejectionReason").asText());
        assertFalse(inFeed(MODERATED, post));
    }

    @Test
    void anEditWaitsForApprovalWhileThePublishedVersionStaysOnTheScreens() {
        JsonNode post = create(volunteer, "Fællesspisnig", MODERATED);
        api.json(admin, "POST", approve(post), null);
        assertEquals("Fællesspisnig", title(MODERATED, post));
        Api.Res edited = api.json(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText(),
                Api.post("Fællesspisning", "Nu med dessert", List.of(MODERATED)));
        assertEquals(200, edited.status(), edited.error());
        assertEquals("pending", edited.json().get("status").asText());
        assertTrue(edited.json().get("publishedVersionShown").asBoolean(), edited.body());
        assertEquals("Fællesspisnig", title(MODERATED, post), "the approved version stays until the edit is approved");
        assertTrue(queueIds(admin).contains(post.get("id").asText()));
        Api.Res approved = api.json(admin, "POST", approve(post), null);
        assertEquals(200, approved.status(), approved.error());
        assertEquals("Fællesspisning", title(MODERATED, post));
        assertFalse(api.get(volunteer, "/api/v1/posts/" + post.get("id").asText()).json()
                .get("publishedVersionShown").asBoolean(), "nothing waits any more");
    }

    @Test
    void aNewPendingPostHasNoPublishedVersionShown() {
        JsonNode post = create(volunteer, "Nyt og ventende", MODERATED);
        assertFalse(post.get("publishedVersionShown").asBoolean(), post.toString());
    }

    @Test
    void newImageOnApprovedPostWaitsForApprovalWhileTheOldVersionStays() {
        JsonNode post = create(volunteer, "Med billede", MODERATED);
        api.json(admin, "POST", approve(post), null);
        Api.Res r = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image", "image/png",
                TestImages.png(50, 50, false));
        assertEquals(200, r.status(), r.error());
        assertEquals("pending", r.json().get("status").asText());
        JsonNode slide = Feeds.slide(api, MODERATED, "post:" + post.get("id").asText());
        assertNotNull(slide, "the approved version stays on the screens");
        assertTrue(!slide.hasNonNull("image") || slide.get("image").asText().isEmpty(),
                "without the new picture until it is approved: " + slide);
    }

    @Test
    void theImageOfAPublishedPostIsNamedInTheFeedAndServed() {
        JsonNode post = create(volunteer, "Med billede på skærmen", DIRECT);
        Api.Res r = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image", "image/png",
                TestImages.png(80, 60, false));
        assertEquals(200, r.status(), r.error());
        assertEquals("published", r.json().get("status").asText());

        JsonNode slide = Feeds.slide(api, DIRECT, "post:" + post.get("id").asText());
        assertEquals(r.json().get("imageUrl").asText(), slide.get("image").asText());
        Api.Res image = api.get(null, slide.get("image").asText());
        assertEquals(200, image.status());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aHugePictureInASmallFileIsReadAtReducedSizeAndScaled() throws IOException {
        byte[] huge = TestImages.png(6000, 6000, false);
        assertTrue(huge.length < dk.infoskaerm.server.posts.Images.MAX_BYTES, "a small file: " + huge.length);
        JsonNode post = create(volunteer, "Stort billede", DIRECT);
        Api.Res r = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image", "image/png",
                huge);
        assertEquals(200, r.status(), r.error());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(api.get(null, r.json().get("imageUrl").asText())
                .bytes()));
        assertEquals(1920, stored.getWidth());
        assertEquals(1920, stored.getHeight());
    }

    @Test
    void thePreviewDrawsTheChosenPictureBeforeItIsSaved() throws IOException {
        String picture = java.util.Base64.getEncoder().encodeToString(TestImages.png(400, 300, false));
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("title", "Loppemarked", "text", "Søndag kl. 10",
                "areas", List.of(DIRECT)));
        Api.Res without = api.json(volunteer, "POST", "/api/v1/preview?orientation=landscape", fields);
        fields.put("image", picture);
        Api.Res with = api.json(volunteer, "POST", "/api/v1/preview?orientation=landscape", fields);

        assertEquals(200, with.status(), with.error());
        assertEquals("image/png", with.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(redPixels(with.bytes()) > 1_000, "the picture's red half is drawn");
        assertEquals(0, redPixels(without.bytes()), "no picture, no red");
        fields.put("image", "ikke base64 !!");
        Api.Res bad = api.json(volunteer, "POST", "/api/v1/preview?orientation=landscape", fields);
        assertEquals(422, bad.status(), bad.error());
        assertEquals("image", bad.json().get("field").asText());
        fields.put("image", java.util.Base64.getEncoder().encodeToString("<svg onload=alert(1)>".getBytes()));
        Api.Res notAPicture = api.json(volunteer, "POST", "/api/v1/preview?orientation=landscape", fields);
        assertEquals(415, notAPicture.status(), notAPicture.error());
        assertEquals("image", notAPicture.json().get("field").asText());
    }

    private static int redPixels(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90) {
                    red++;
                }
            }
        }
        return red;
    }

    @Test
    void withdrawnPostLeavesTheScreen() {
        JsonNode post = create(volunteer, "Aflyst", DIRECT);
        assertTrue(inFeed(DIRECT, post));
        Api.Res r = api.json(volunteer, "POST", "/api/v1/posts/" + post.get("id").asText() + "/withdraw", null);
        assertEquals("withdrawn", r.json().get("status").asText());
        assertFalse(inFeed(DIRECT, post));
        assertEquals(409, api.json(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText(),
                Api.post("Igen", "", List.of(DIRECT))).status());
    }

    @Test
    void adminPostsToAllAreas() {
        Api.Res r = api.json(admin, "POST", "/api/v1/posts", Api.post("Til hele kommunen", "", List.of()));
        assertEquals(201, r.status(), r.error());
        assertTrue(inFeed("oroe", r.json()) && inFeed("vipperoed", r.json()));
    }

    @Test
    void volunteerMustChooseOwnArea() {
        Api.Res none = api.json(volunteer, "POST", "/api/v1/posts", Api.post("Ingen områder", "", List.of()));
        assertEquals(422, none.status());
        assertEquals("areas", none.json().get("field").asText());
        assertEquals(403, api.json(volunteer, "POST", "/api/v1/posts", Api.post("Andres", "", List.of("tuse"))).status());
    }

    @Test
    void uploadedImageIsReencodedScaledAndStrippedOfMetadata() throws IOException {
        JsonNode post = create(volunteer, "Foto", DIRECT);
        byte[] upload = TestImages.jpegWithComment(2400, 1200, "GPS-HEMMELIGHED-55.6N");
        Api.Res r = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image", "image/jpeg", upload);
        assertEquals(200, r.status(), r.error());
        Api.Res image = api.get(null, r.json().get("imageUrl").asText());
        assertEquals(200, image.status());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(new String(image.bytes(), StandardCharsets.ISO_8859_1).contains("GPS-HEMMELIGHED"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(image.bytes()));
        assertEquals(1920, stored.getWidth());
        assertEquals(960, stored.getHeight());
    }

    @Test
    void typeIsTakenFromContentNotFromTheLabel() {
        JsonNode post = create(volunteer, "Mærkat", DIRECT);
        Api.Res pngCalledJpeg = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image",
                "image/jpeg", TestImages.png(30, 30, true));
        assertEquals(200, pngCalledJpeg.status(), pngCalledJpeg.error());
        assertEquals("image/png", api.get(null, pngCalledJpeg.json().get("imageUrl").asText()).headers()
                .firstValue("Content-Type").orElseThrow(), "transparent PNG stays PNG");
        Api.Res textCalledPng = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image",
                "image/png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, textCalledPng.status(), textCalledPng.error());
        assertEquals("image", textCalledPng.json().get("field").asText());
        byte[] truncated = Arrays.copyOf(TestImages.png(100, 100, false), 60);
        assertEquals(422, api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image",
                "image/png", truncated).status(), "PNG header on a broken file");
        assertEquals(415, api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image",
                "text/plain", TestImages.png(10, 10, false)).status(), "not an image content type");
    }

    @Test
    void webpIsDecodedAndReencoded() {
        JsonNode post = create(volunteer, "WebP", DIRECT);
        Api.Res r = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image", "image/webp",
                TestImages.WEBP);
        assertEquals(200, r.status(), r.error());
        byte[] stored = api.get(null, r.json().get("imageUrl").asText()).bytes();
        assertEquals(0xFF, stored[0] & 0xFF, "re-encoded as JPEG");
    }

    @Test
    void demoAreasAndNewAreasStartByNeedingApproval() {
        Api.Res created = api.json(admin, "POST", "/api/v1/areas", Map.of("name", "Nyby"));
        assertTrue(created.status() / 100 == 2, created.body());
        Map<String, String> modes = new java.util.HashMap<>();
        for (JsonNode m : api.get(admin, "/api/v1/moderation/areas").json()) {
            modes.put(m.get("area").asText(), m.get("moderation").asText());
        }
        assertEquals("approval", modes.get("nyby"), modes.toString());
        assertEquals("approval", modes.get("vipperoed"), "a demo area: " + modes);
        JsonNode post = create(volunteer, "I et demoområde", MODERATED);
        assertEquals("pending", post.get("status").asText(), "a volunteer's post in a demo area waits");
    }

    @Test
    void aPostAndItsPictureAreSavedTogetherOrNotAtAll() {
        String title = "Juletræstænding på torvet";
        Map<String, Object> body = Api.post(title, "Kl. 17", List.of(MODERATED));
        body.put("image", java.util.Base64.getEncoder().encodeToString("ikke et billede".getBytes(StandardCharsets.UTF_8)));
        Api.Res refused = api.json(volunteer, "POST", "/api/v1/posts", body);
        assertEquals(415, refused.status(), refused.error());
        assertEquals("image", refused.json().get("field").asText());
        body.put("image", java.util.Base64.getEncoder().encodeToString(new byte[dk.infoskaerm.server.posts.Images.MAX_BYTES + 1]));
        Api.Res tooLarge = api.json(volunteer, "POST", "/api/v1/posts", body);
        assertEquals(413, tooLarge.status(), tooLarge.error());
        assertEquals("Billedet er for stort. Det må højst fylde 5 MB.", tooLarge.json().get("error").asText());
        assertEquals(0, titled(title), "a post was saved without its refused picture");

        body.put("image", java.util.Base64.getEncoder().encodeToString(TestImages.png(80, 60, false)));
        Api.Res saved = api.json(volunteer, "POST", "/api/v1/posts", body);
        assertEquals(201, saved.status(), saved.error());
        assertTrue(saved.json().get("imageUrl").asText().startsWith("/api/v1/images/"), saved.body());
        assertEquals(1, titled(title));

        // An edit with a refused picture changes nothing, not even the text.
        body.put("title", title + " (rettet)");
        body.put("image", "////");
        String path = "/api/v1/posts/" + saved.json().get("id").asText();
        assertEquals(415, api.json(volunteer, "PUT", path, body).status());
        assertEquals(title, api.get(volunteer, path).json().get("title").asText());
    }

    @Test
    void aPostSentAgainWithItsKeyIsSavedOnce() {
        String title = "Fællesspisning i forsamlingshuset";
        Map<String, Object> body = Api.post(title, "Kl. 18", List.of(MODERATED));
        body.put("clientKey", "0123456789abcdef0123456789abcdef");
        Api.Res first = api.json(volunteer, "POST", "/api/v1/posts", body);
        assertEquals(201, first.status(), first.error());
        Api.Res again = api.json(volunteer, "POST", "/api/v1/posts", body);
        assertTrue(again.status() / 100 == 2, again.body());
        assertEquals(first.json().get("id").asText(), again.json().get("id").asText());
        assertEquals(1, titled(title));
        body.put("clientKey", "kort");
        assertEquals("clientKey", api.json(volunteer, "POST", "/api/v1/posts", body).json().get("field").asText());
    }

    private static long titled(String title) {
        Api.Res list = api.get(volunteer, "/api/v1/posts");
        assertEquals(200, list.status(), list.error());
        return java.util.stream.StreamSupport.stream(list.json().spliterator(), false)
                .filter(p -> p.get("title").asText().equals(title)).count();
    }

    @Test
    void oversizedImageIsRefusedWith413() {
        JsonNode post = create(volunteer, "Stort", DIRECT);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        byte[] jpeg = TestImages.jpeg(10, 10);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        Api.Res r = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image", "image/jpeg", big);
        assertEquals(413, r.status(), r.error());
        assertTrue(r.json().get("error").asText().contains("5 MB"), r.body());
    }

    @Test
    void fieldLimitsBodyLimitAndContentTypeAreAnsweredClearly() {
        Api.Res longTitle = api.json(volunteer, "POST", "/api/v1/posts", Api.post("x".repeat(121), "", List.of(DIRECT)));
        assertEquals(422, longTitle.status());
        assertEquals("title", longTitle.json().get("field").asText());
        Api.Res longText = api.json(volunteer, "POST", "/api/v1/posts", Api.post("Titel", "x".repeat(1001), List.of(DIRECT)));
        assertEquals("text", longText.json().get("field").asText());
        Api.Res huge = api.json(volunteer, "POST", "/api/v1/posts", Api.post("Titel",
                "x".repeat(dk.infoskaerm.server.posts.Images.MAX_JSON_WITH_PICTURE), List.of(DIRECT)));
        assertEquals(413, huge.status(), huge.error());
        Api.Res form = api.send(volunteer, "POST", "/api/v1/posts", "application/x-www-form-urlencoded",
                "title=x".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, form.status(), form.error());
        Api.Res broken = api.send(volunteer, "POST", "/api/v1/posts", "application/json",
                "{\"title\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.status(), broken.error());
        Map<String, Object> backwards = Api.post("Baglæns", "", List.of(DIRECT));
        backwards.put("visibleFrom", java.time.OffsetDateTime.now().plusDays(9).toString());
        Api.Res dates = api.json(volunteer, "POST", "/api/v1/posts", backwards);
        assertEquals(422, dates.status());
        assertEquals("visibleUntil", dates.json().get("field").asText());
    }

    @Test
    void handEnteredMeetingShowsAsDialogueMeeting() {
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", Api.meeting(DIRECT, "Dialogmøde om skolevejen"));
        assertEquals(201, r.status(), r.error());
        assertEquals("published", r.json().get("status").asText());
        JsonNode slide = Feeds.slide(api, DIRECT, "meeting:" + r.json().get("id").asText());
        assertEquals("meeting", slide.get("kind").asText());
        assertEquals("Teknik- og Miljøudvalget", slide.get("meeting").get("committee").asText());
        assertEquals("Anne Hansen", slide.get("meeting").get("politicians").get(0).asText());
        assertEquals("https://example.org/tilmeld", slide.get("url").asText());
        assertEquals(204, api.json(volunteer, "DELETE", "/api/v1/meetings/" + r.json().get("id").asText(), null).status());
        assertEquals(null, Feeds.slide(api, DIRECT, "meeting:" + r.json().get("id").asText()));
    }

    @Test
    void aVolunteersMeetingInAnApprovalAreaWaitsForApproval() {
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", Api.meeting(MODERATED, "Dialogmøde om hallen"));
        assertEquals(201, r.status(), r.error());
        assertEquals("pending", r.json().get("status").asText());
        String id = r.json().get("id").asText();
        assertNull(Feeds.slide(api, MODERATED, "meeting:" + id), "not on the screens before approval");
        assertEquals(403, api.json(volunteer, "POST", "/api/v1/meetings/" + id + "/approve", null).status());
        assertEquals(403, api.json(trusted, "POST", "/api/v1/meetings/" + id + "/approve", null).status(),
                "the area does not let trusted volunteers approve");
        Api.Res approved = api.json(admin, "POST", "/api/v1/meetings/" + id + "/approve", null);
        assertEquals(200, approved.status(), approved.error());
        assertEquals("published", approved.json().get("status").asText());
        assertNotNull(Feeds.slide(api, MODERATED, "meeting:" + id));
        Api.Res again = api.json(admin, "POST", "/api/v1/meetings/" + id + "/approve", null);
        assertEquals(409, again.status(), again.error());
    }

    @Test
    void aTrustedVolunteerApprovesAnothersMeetingWhereTheAreaAllowsButNotTheirOwn() {
        Api.Res r = api.json(volunteer, "POST", "/api/v1/meetings", Api.meeting(TRUSTED_AREA, "Dialogmøde om stien"));
        assertEquals("pending", r.json().get("status").asText());
        String id = r.json().get("id").asText();
        Api.Res approved = api.json(trusted, "POST", "/api/v1/meetings/" + id + "/approve", null);
        assertEquals(200, approved.status(), approved.error());
        assertNotNull(Feeds.slide(api, TRUSTED_AREA, "meeting:" + id));
        Api.Res own = api.json(trusted, "POST", "/api/v1/meetings", Api.meeting(TRUSTED_AREA, "Mit eget møde"));
        assertEquals("pending", own.json().get("status").asText());
        assertEquals(403, api.json(trusted, "POST", "/api/v1/meetings/" + own.json().get("id").asText() + "/approve",
                null).status());
    }

    @Test
    void anAdministratorsMeetingIsPublishedAtOnceEvenWhereApprovalIsRequired() {
        Api.Res r = api.json(admin, "POST", "/api/v1/meetings", Api.meeting(MODERATED, "Kommunens dialogmøde"));
        assertEquals(201, r.status(), r.error());
        assertEquals("published", r.json().get("status").asText());
        assertNotNull(Feeds.slide(api, MODERATED, "meeting:" + r.json().get("id").asText()));
    }

    private static JsonNode create(Api.Login who, String title, String area) {
        Api.Res r = api.json(who, "POST", "/api/v1/posts", Api.post(title, "Tekst", List.of(area)));
        assertEquals(201, r.status(), r.error());
        return r.json();
    }

    private static String approve(JsonNode post) {
        return "/api/v1/moderation/posts/" + post.get("id").asText() + "/approve";
    }

    private static List<String> queueIds(Api.Login who) {
        Api.Res r = api.get(who, "/api/v1/moderation/queue");
        assertEquals(200, r.status(), r.error());
        return r.json().findValuesAsText("id");
    }

    private static String title(String screen, JsonNode post) {
        JsonNode slide = Feeds.slide(api, screen, "post:" + post.get("id").asText());
        return slide == null ? null : slide.get("title").asText();
    }

    private static boolean inFeed(String screen, JsonNode post) {
        return Feeds.slide(api, screen, "post:" + post.get("id").asText()) != null;
    }

    @Test
    void imageBytesAreServedAsStored() {
        JsonNode post = create(volunteer, "Bytes", DIRECT);
        Api.Res r = api.send(volunteer, "PUT", "/api/v1/posts/" + post.get("id").asText() + "/image", "image/png",
                TestImages.png(64, 48, false));
        byte[] first = api.get(null, r.json().get("imageUrl").asText()).bytes();
        assertArrayEquals(first, api.get(null, r.json().get("imageUrl").asText()).bytes());
        assertEquals(404, api.get(null, "/api/v1/images/findes-ikke").status());
    }
}
