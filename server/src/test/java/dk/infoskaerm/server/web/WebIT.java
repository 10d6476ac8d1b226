package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import dk.infoskaerm.server.accounts.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** The web pages in Debian's Chromium against the real server: post with preview, approve, errors, XSS. */
class WebIT {

    static final String PASSWORD = "rigtig-god-kode-1";
    /** Survives the server's markup stripping as an attribute break-out, so the pages must keep it as text. */
    static final String XSS = "<img src=x onerror=window.__xss=1>\" autofocus onfocus=\"window.__xss=2";

    @TempDir
    static Path dataDir;
    static InfoskaermServer server;
    static String base;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are installed by bin/test-setup");
        server = InfoskaermServer.start(TestConfigs.h2(dataDir, Map.of("infoskaerm.accounts.bcrypt-cost", "4")));
        base = "http://localhost:" + server.port();
        server.app().accounts().createWithPassword("web-admin", Role.ADMIN, Set.of(), Set.of(), PASSWORD);
        server.app().accounts().createWithPassword("lone", Role.VOLUNTEER, Set.of("moerkoev"), Set.of(), PASSWORD);
        adminCall("PUT", "/api/v1/moderation/areas/moerkoev", "{\"moderation\":\"approval\",\"trustedMayApprove\":false}");
        browser = new Browser(base, 1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void volunteerSeesPreviewAndPostAppearsInFeedAfterApproval() throws Exception {
        String title = "Loppemarked i Mørkøv Hallen";
        browser.logIn("lone", PASSWORD);
        browser.open("/opslag/nyt");
        assertTrue(browser.byId("nav-volunteer").isDisplayed());
        assertFalse(browser.byId("nav-admin").isDisplayed(), "a volunteer sees the administrators' menu");
        browser.byId("title").sendKeys(title);
        browser.byId("text").sendKeys("Lørdag kl. 10–14. Gratis adgang.");
        browser.byId("link").sendKeys("https://moerkoev.dk/loppemarked");
        WebElement landscape = browser.byId("preview-landscape");
        WebElement portrait = browser.byId("preview-portrait");
        browser.waitFor(d -> previews(landscape) >= 1 && loaded(landscape) && loaded(portrait));
        int drawn = previews(landscape);
        long before = pixelHash(landscape);
        browser.byId("title").sendKeys(" – alle er velkomne");
        browser.waitFor(d -> previews(landscape) > drawn && loaded(landscape) && loaded(portrait));
        assertTrue(pixelHash(landscape) != before, "the preview did not change with the title");
        assertTrue(distinctColours(landscape) > 20, "the landscape preview looks blank");
        assertTrue(distinctColours(portrait) > 20, "the portrait preview looks blank");
        assertEquals(960L, browser.js("return arguments[0].naturalWidth", landscape));
        assertEquals(960L, browser.js("return arguments[0].naturalHeight", portrait));

        // The chosen picture shows in the preview before anything is saved: grass green beside the purple text side.
        assertEquals(0L, greenPixels(landscape), "green before a picture was chosen");
        int withoutPicture = previews(landscape);
        browser.byId("image").sendKeys(java.nio.file.Path.of("src/main/resources/seed/images/loppemarked.jpg")
                .toAbsolutePath().toString());
        browser.waitFor(d -> previews(landscape) > withoutPicture && loaded(landscape) && greenPixels(landscape) > 0);
        assertTrue(greenPixels(landscape) > 5_000, "the picture is not in the preview: " + greenPixels(landscape));

        browser.byId("post-submit").click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("venter på godkendelse"));
        assertFalse(feed("moerkoev").contains(title), "shown before approval");

        browser.logIn("web-admin", PASSWORD);
        browser.open("/admin/godkendelse");
        WebElement card = browser.waitFor(d -> d.findElements(By.cssSelector("#queue li")).stream()
                .filter(li -> li.getText().contains(title)).findFirst().orElse(null));
        // The queue's preview draws the post's saved picture too (admin.js once sent a field the endpoint ignores).
        WebElement queued = card.findElement(By.tagName("img"));
        browser.waitFor(d -> previews(queued) >= 1 && loaded(queued));
        assertTrue(greenPixels(queued) > 5_000, "the picture is not in the queue's preview: " + greenPixels(queued));
        card.findElement(By.xpath(".//button[normalize-space()='Godkend']")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("er godkendt"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!feed("moerkoev").contains(title) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(feed("moerkoev").contains(title), "approved post missing from the Mørkøv feed");
        assertTrue(feed("moerkoev").contains("\"image\":\"/api/v1/images/"), "the post's picture is not in the feed");
    }

    /**
     * The {@code next} of the login page, as it stands in the address: each would lead to another site. A backslash
     * is sent encoded ({@code /%5Cevil.example/} is {@code next=/\evil.example/}): raw, the page never loads here.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/%5Cevil.example/", "/%09/evil.example/", "//evil.example", "https://evil.example",
            "/%5C/evil.example", "%2F%2Fevil.example", "/%0A/evil.example", "/.//evil.example", "javascript:alert(1)"})
    void loginNeverLeadsOffTheSite(String next) {
        URI landed = logInWithNext("lone", next);
        assertEquals(URI.create(base).getRawAuthority(), landed.getRawAuthority(), "left the site for " + landed);
        assertEquals("/opslag", landed.getPath(), "the volunteer's own start page instead");
    }

    @Test
    void loginLeadsOnToThePageAskedFor() {
        URI landed = logInWithNext("lone", "/opslag/nyt?x=1");
        assertEquals(URI.create(base).getRawAuthority(), landed.getRawAuthority());
        assertEquals("/opslag/nyt", landed.getPath());
        assertEquals("x=1", landed.getQuery());
    }

    private static URI logInWithNext(String username, String rawNext) {
        // Cookies are deleted for the page's own site only: be on ours first, whatever the last test left open.
        browser.driver.get(base + "/api/v1/areas");
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base + "/login?next=" + rawNext);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .withMessage(() -> "login page not ready at " + browser.driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().startsWith(base + "/login")
                        && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        browser.byId("username").sendKeys(username);
        browser.byId("password").sendKeys(PASSWORD);
        browser.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        browser.waitFor(d -> !d.getCurrentUrl().startsWith(base + "/login"));
        return URI.create(browser.driver.getCurrentUrl());
    }

    @Test
    void aNewAdministratorChangesTheOneTimePasswordOnFirstLogin() throws Exception {
        server.app().accounts().createWithPassword("ny-admin", Role.ADMIN, Set.of(), Set.of(), PASSWORD);
        String oneTime = server.app().accounts().resetPasswordFromConsole("ny-admin").orElseThrow();
        String chosen = "Lokalforum-Mørkøv-2026";

        browser.logIn("ny-admin", oneTime);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/adgangskode")
                && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertTrue(browser.byId("must-change").isDisplayed(), "the page says the password must be changed");
        browser.byId("currentPassword").sendKeys(oneTime);
        browser.byId("newPassword").sendKeys(chosen);
        browser.byId("repeatPassword").sendKeys(chosen);
        browser.driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/admin"));
        assertFalse(browser.driver.getCurrentUrl().contains("?"), "a password in the address: "
                + browser.driver.getCurrentUrl());

        browser.logIn("ny-admin", chosen);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/admin"), "the new password works: "
                + browser.driver.getCurrentUrl());
    }

    @Test
    void rejectedLoginIsShownNextToThePassword() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.byId("username").sendKeys("lone");
        browser.byId("password").sendKeys("forkert-kode");
        browser.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement error = browser.byId("password-error");
        browser.waitFor(d -> error.isDisplayed());
        assertEquals("Forkert brugernavn eller adgangskode.", error.getText());
        assertEquals("true", browser.byId("password").getAttribute("aria-invalid"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void formErrorStandsNextToItsField() {
        browser.logIn("lone", PASSWORD);
        browser.open("/opslag/nyt");
        browser.byId("title").sendKeys("Et opslag med en slutdato i fortiden");
        browser.js("arguments[0].value = '2020-01-01T10:00'", browser.byId("visibleUntil"));
        browser.byId("post-submit").click();
        WebElement error = browser.byId("visibleUntil-error");
        browser.waitFor(d -> error.isDisplayed());
        assertTrue(error.getText().contains("Slutdatoen"), error.getText());
        assertEquals("true", browser.byId("visibleUntil").getAttribute("aria-invalid"));
        assertFalse(browser.byId("title-error").isDisplayed());
        assertNextTo(browser.byId("visibleUntil"), error);
        assertTrue(browser.byId("visibleUntil").getAttribute("aria-describedby").contains("visibleUntil-error"),
                "a screen reader should read the error with its field");
    }

    @Test
    void meetingFormErrorStandsNextToTheStartTime() {
        browser.logIn("lone", PASSWORD);
        browser.open("/dialogmoede");
        browser.byId("m-title").sendKeys("Dialogmøde uden tidspunkt");
        browser.byId("m-location").sendKeys("Mørkøv Forsamlingshus");
        browser.driver.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
        WebElement error = browser.byId("m-start-error");
        browser.waitFor(d -> error.isDisplayed());
        assertFalse(error.getText().isBlank());
        assertEquals("true", browser.byId("m-start").getAttribute("aria-invalid"));
        assertNextTo(browser.byId("m-start"), error);
    }

    @Test
    void unknownPageAnswersInDanishWithoutATrace() {
        browser.logIn("lone", PASSWORD);
        browser.open("/admin/findes-ikke");
        assertEquals("Siden findes ikke", browser.driver.findElement(By.tagName("h1")).getText());
        String page = browser.driver.getPageSource();
        assertFalse(page.contains("Exception") || page.contains("at io.helidon"), "a stack trace in the page");
    }

    @Test
    void postFormFitsAPhone() {
        browser.logIn("lone", PASSWORD);
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.open("/opslag/nyt");
            browser.byId("title").sendKeys("Loppemarked");
            browser.waitFor(d -> previews(browser.byId("preview-portrait")) >= 1);
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "the page scrolls sideways on a phone");
            assertTrue(browser.byId("preview-landscape").getRect().getWidth() <= 390);
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void xssTypedIntoTheFormStaysInertWhereverItAppears() {
        browser.logIn("lone", PASSWORD);
        browser.open("/opslag/nyt");
        browser.byId("title").sendKeys(XSS);
        browser.byId("text").sendKeys(XSS);
        browser.byId("post-submit").click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("venter på godkendelse"));
        String id = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=", "");
        browser.open("/dialogmoede");
        browser.byId("m-title").sendKeys(XSS);
        browser.byId("m-location").sendKeys(XSS);
        browser.js("arguments[0].value = arguments[1]", browser.byId("m-start"),
                java.time.LocalDateTime.now().plusDays(3).withNano(0).withSecond(0).toString());
        browser.driver.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("Dialogmødet er gemt"));

        assertInert("/opslag", true);
        assertInert("/dialogmoede", true);
        assertInert("/opslag/nyt?id=" + id, false);
        assertTrue(browser.byId("title").getAttribute("value").contains("onfocus="), "the form should hold the text");

        browser.logIn("web-admin", PASSWORD);
        for (String page : List.of("/admin/godkendelse", "/admin/log", "/opslag", "/dialogmoede")) {
            assertInert(page, true);
        }
        browser.open("/admin/godkendelse");
        WebElement card = browser.waitFor(d -> d.findElements(By.cssSelector("#queue li")).stream()
                .filter(li -> li.getText().contains("onfocus=")).findFirst().orElse(null));
        card.findElement(By.xpath(".//button[normalize-space()='Godkend']")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("er godkendt"));
        browser.open("/admin/akut");
        browser.byId("u-text").sendKeys(XSS);
        browser.driver.findElement(By.cssSelector("#u-areas input[value=tuse]")).click();
        browser.driver.findElement(By.cssSelector("#urgent-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("u-confirm-send").isDisplayed());
        browser.byId("u-confirm-send").click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("sendt"));
        assertInert("/admin/akut", true);
        assertInert("/admin/program?screen=moerkoev", true);
        assertInert("/admin/log", true);
    }

    /** Opens page, focuses every field, and checks no script ran and no markup came from the data it shows. */
    private static void assertInert(String page, boolean showsTheVectorAsText) {
        browser.open(page);
        if (showsTheVectorAsText) {
            browser.waitFor(d -> d.findElement(By.tagName("main")).getText().contains("autofocus onfocus=\"window.__xss"));
        }
        browser.js("document.querySelectorAll('input, textarea, [onfocus]').forEach(e => e.focus && e.focus())");
        assertNull(browser.js("return window.__xss"), "script ran on " + page);
        assertEquals(0L, browser.js("return document.querySelectorAll('main img[onerror], main [onfocus], main script').length"),
                "markup from user data on " + page);
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), "alert on " + page);
    }

    /** The error box is the field's own (same wrapper) and stands just below it, not at the top of the page. */
    private static void assertNextTo(WebElement field, WebElement error) {
        assertEquals(field.findElement(By.xpath("..")), error.findElement(By.xpath("..")), "error outside its field");
        int gap = error.getRect().getY() - (field.getRect().getY() + field.getRect().getHeight());
        assertTrue(gap >= 0 && gap < 80, "error " + gap + " px from its field");
    }

    /** A hash of the image's pixels, read back through a canvas. */
    private static long pixelHash(WebElement img) {
        return ((Number) browser.js(Pages.PIXELS + """
                let h = 0;
                for (let i = 0; i < data.length; i += 4) h = (h * 31 + data[i] + (data[i + 1] << 8) + (data[i + 2] << 16)) | 0;
                return h;""", img)).longValue();
    }

    private static long greenPixels(WebElement img) {
        return Pages.greenPixels(browser, img);
    }

    private static int previews(WebElement img) {
        return Pages.previews(img);
    }

    private static boolean loaded(WebElement img) {
        return Pages.loaded(browser, img);
    }

    /** Distinct colours in the image's pixels, read back through a canvas. */
    private static long distinctColours(WebElement img) {
        return (Long) browser.js(Pages.PIXELS + """
                const seen = new Set();
                for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
                return seen.size;""", img);
    }

    private static String feed(String screen) throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1/screens/" + screen + "/feed")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode());
        return res.body();
    }

    private static void adminCall(String method, String path, String json) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"web-admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
        assertTrue(csrf.find());
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf.group(1))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
    }
}
