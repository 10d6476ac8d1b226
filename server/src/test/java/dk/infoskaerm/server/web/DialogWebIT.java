package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import dk.infoskaerm.server.accounts.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Dialogue in Chromium: an administrator keeps the politicians, a volunteer enters a meeting with sign-up, and a
 * phone signs up from the meeting's QR page, sees the seats go, and cancels; the organiser sees the question.
 */
class DialogWebIT {

    private static final String PASSWORD = WebIT.PASSWORD;

    @TempDir
    static Path dataDir;
    static InfoskaermServer server;
    static String base;
    static Browser browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are installed by bin/test-setup");
        server = InfoskaermServer.start(TestConfigs.h2(dataDir, Map.of("infoskaerm.accounts.bcrypt-cost", "4")));
        base = "http://localhost:" + server.port();
        server.app().accounts().createWithPassword("dialog-admin", Role.ADMIN, Set.of(), Set.of(), PASSWORD);
        server.app().accounts().createWithPassword("karin", Role.VOLUNTEER, Set.of("tuse"), Set.of(), PASSWORD);
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
    void meetingEnteredByAVolunteerCanBeSignedUpForFromAPhone() throws Exception {
        browser.logIn("dialog-admin", PASSWORD);
        browser.open("/admin/politikere");
        browser.byId("p-name").sendKeys("Anne Hansen");
        browser.byId("p-party").sendKeys("A");
        browser.byId("p-committees").sendKeys("Teknik- og Miljøudvalget");
        browser.driver.findElement(By.cssSelector("#politician-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("politicians").getText().contains("Anne Hansen (A)"));

        browser.logIn("karin", PASSWORD);
        browser.open("/dialogmoede");
        browser.byId("m-title").sendKeys("Sikker skolevej i Tuse");
        browser.byId("m-location").sendKeys("Tuse Skole");
        browser.js("arguments[0].value = arguments[1]", browser.byId("m-start"),
                LocalDateTime.now().plusDays(5).withHour(19).withMinute(0).withSecond(0).withNano(0).toString());
        browser.driver.findElement(By.xpath("//fieldset[@id='m-politicianIds']//label[contains(., 'Anne Hansen')]/input"))
                .click();
        browser.byId("m-politicians").sendKeys("to medlemmer af udvalget");
        browser.byId("m-organiser").sendKeys("Tuse Lokalforum");
        browser.byId("m-signUpEnabled").click();
        browser.byId("m-capacity").sendKeys("2");
        browser.driver.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
        // Tuse needs approval of volunteers' work, as every area does by default: the meeting waits for it.
        browser.waitFor(d -> browser.byId("page-status").getText().contains("venter på godkendelse"));
        WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector("#meetings li")).stream()
                .filter(li -> li.getText().contains("Sikker skolevej")).findFirst().orElse(null))
                .findElement(By.cssSelector("a[href^='/m/']"));
        String page = link.getAttribute("href").replace(base, "");
        assertFalse(feed("tuse").contains("Sikker skolevej"), "a meeting waiting for approval is on the screens");

        approveInTheQueue("Sikker skolevej i Tuse");
        String feed = feed("tuse");
        assertTrue(feed.contains("/m/" + page.substring(3) + "\""), "the slide's QR leads to the page: " + feed);
        assertTrue(feed.contains("\"Anne Hansen (A), Teknik- og Miljøudvalget\""), feed);
        assertTrue(feed.contains("\"seatsLeft\":2"), feed);

        onPhone(() -> {
            browser.open(page);
            assertEquals("Sikker skolevej i Tuse", browser.driver.findElement(By.tagName("h1")).getText());
            String facts = browser.byId("meeting-facts").getText();
            assertTrue(facts.contains("Anne Hansen (A), Teknik- og Miljøudvalget") && facts.contains("Tuse Lokalforum")
                    && facts.contains("Tuse Skole"), facts);
            assertEquals("2 pladser tilbage", browser.byId("seats").getText());
            assertTrue(browser.byId("signup-purpose").getText().contains("slettes automatisk 30 dage efter mødet"));
            assertFalse(browser.byId("s-website").isDisplayed(), "the honeypot is shown");
            assertNoSidewaysScroll();

            browser.byId("s-name").sendKeys("Karen Madsen");
            browser.byId("s-contact").sendKeys("ring til mig");
            browser.driver.findElement(By.cssSelector("#signup-form button[type=submit]")).click();
            WebElement error = browser.byId("s-contact-error");
            browser.waitFor(d -> error.isDisplayed());
            assertTrue(error.getText().contains("e-mailadresse eller et telefonnummer"), error.getText());
            assertEquals("true", browser.byId("s-contact").getAttribute("aria-invalid"));

            browser.byId("s-contact").clear();
            browser.byId("s-contact").sendKeys("karen@example.dk");
            browser.byId("s-people").clear();
            browser.byId("s-people").sendKeys("2");
            browser.byId("s-question").sendKeys("Hvornår kommer cykelstien?");
            browser.driver.findElement(By.cssSelector("#signup-form button[type=submit]")).click();
            browser.waitFor(d -> browser.byId("confirmation").isDisplayed());
            assertTrue(browser.byId("confirmation-text").getText().contains("2 personer"));
            assertFalse(browser.byId("cancel-code").getText().isBlank());
            browser.waitFor(d -> "Fuldt booket".equals(browser.byId("seats").getText()));
            assertNoSidewaysScroll();
        });
        assertTrue(feed("tuse").contains("\"seatsLeft\":0"), "the slide shows it is fully booked");
        String cancel = browser.byId("cancel-link").getAttribute("href");

        browser.open(page);
        assertTrue(browser.byId("closed").getText().contains("fuldt booket"), browser.byId("closed").getText());
        assertFalse(browser.byId("signup-form").isDisplayed(), "a full meeting still shows its form");

        browser.logIn("karin", PASSWORD);
        browser.open("/dialogmoede");
        browser.waitFor(d -> d.findElements(By.cssSelector("#meetings li")).stream()
                .filter(li -> li.getText().contains("Sikker skolevej")).findFirst().orElse(null))
                .findElement(By.xpath(".//button[normalize-space()='Tilmeldinger']")).click();
        browser.waitFor(d -> browser.byId("signups-table").getText().contains("Hvornår kommer cykelstien?"));
        assertTrue(browser.byId("signups-csv").getAttribute("href").endsWith("/signups.csv"));

        onPhone(() -> {
            browser.driver.manage().deleteAllCookies();
            browser.open(cancel.replace(base, ""));
            browser.byId("cancel-button").click();
            browser.waitFor(d -> browser.byId("page-status").getText().contains("afmeldt"));
            browser.open(page);
            assertEquals("2 pladser tilbage", browser.byId("seats").getText());
        });
    }

    @Test
    void administratorGivesAnAreaItsContactAndItsScreensShowHarDuEnIde() throws Exception {
        browser.logIn("dialog-admin", PASSWORD);
        browser.open("/admin/omraader");
        new org.openqa.selenium.support.ui.Select(browser.byId("c-area")).selectByValue("gislinge");
        browser.waitFor(d -> "https://www.holbaek.dk/deltag".equals(browser.byId("c-link").getAttribute("value")));
        browser.byId("c-lokalforumName").sendKeys("Gislinge Lokalforum");
        browser.byId("c-personName").sendKeys("Lise Berg");
        browser.byId("c-personEmail").sendKeys("lise@");
        browser.driver.findElement(By.cssSelector("#contact-form button[type=submit]")).click();
        WebElement error = browser.byId("c-personEmail-error");
        browser.waitFor(d -> error.isDisplayed());
        assertEquals("true", browser.byId("c-personEmail").getAttribute("aria-invalid"));
        browser.byId("c-personEmail").clear();
        browser.byId("c-personEmail").sendKeys("lise.berg@holbaek.dk");
        browser.byId("c-photo").sendKeys(java.nio.file.Path.of("src/main/resources/seed/images/loppemarked.jpg")
                .toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("#contact-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("Gislinge er gemt"));
        browser.waitFor(d -> browser.byId("c-photo-current").isDisplayed());
        assertTrue(browser.byId("c-photo-img").getAttribute("src").contains("/api/v1/images/"));
        String feed = feed("gislinge");
        assertTrue(feed.contains("\"id\":\"contact:gislinge\"") && feed.contains("Lise Berg · lise.berg@holbaek.dk"),
                feed);
        assertTrue(feed.matches("(?s).*\"id\":\"contact:gislinge\"[^}]*\"image\":\"/api/v1/images/.*"),
                "the photo is on the slide: " + feed);
        browser.open("/admin/omraader");
        new org.openqa.selenium.support.ui.Select(browser.byId("c-area")).selectByValue("gislinge");
        browser.waitFor(d -> "Lise Berg".equals(browser.byId("c-personName").getAttribute("value")));
    }

    @Test
    void aBookEnPolitikerRequestFromAPhoneBecomesAMeetingOnTheScreens() throws Exception {
        String topic = "Nyt liv i Hagested Forsamlingshus";
        String[] status = new String[1];
        onPhone(() -> {
            browser.driver.manage().deleteAllCookies();
            browser.open("/book-en-politiker");
            assertTrue(browser.byId("book-purpose").getText().contains("Du behøver ikke en konto"));
            browser.byId("b-requester").sendKeys("Hagested Borgerforening");
            new org.openqa.selenium.support.ui.Select(browser.byId("b-area")).selectByValue("hagested");
            browser.byId("b-topic").sendKeys(topic);
            browser.js("arguments[0].value = arguments[1]", browser.byId("b-date1"),
                    LocalDateTime.now().plusDays(10).withHour(19).withMinute(0).withSecond(0).withNano(0).toString());
            browser.byId("b-audience").sendKeys("35");
            browser.byId("b-contact").sendKeys("formand@hagested.dk");
            browser.driver.findElement(By.cssSelector("#book-form button[type=submit]")).click();
            WebElement error = browser.byId("b-dates-error");
            browser.waitFor(d -> error.isDisplayed());
            assertTrue(error.getText().contains("2 eller 3"), error.getText());
            browser.js("arguments[0].value = arguments[1]", browser.byId("b-date2"),
                    LocalDateTime.now().plusDays(27).withHour(19).withMinute(0).withSecond(0).withNano(0).toString());
            browser.driver.findElement(By.cssSelector("#book-form button[type=submit]")).click();
            browser.waitFor(d -> browser.byId("book-sent").isDisplayed());
            assertNoSidewaysScroll();
            status[0] = browser.byId("book-status-link").getAttribute("href").replace(base, "");
            browser.open(status[0]);
            browser.waitFor(d -> browser.byId("book-status-facts").getText().contains("Ny"));
        });

        browser.logIn("dialog-admin", PASSWORD);
        browser.open("/admin/politikere");
        browser.byId("p-name").sendKeys("Bo Jensen");
        browser.byId("p-party").sendKeys("V");
        browser.driver.findElement(By.cssSelector("#politician-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("politicians").getText().contains("Bo Jensen (V)"));
        browser.open("/admin/book-en-politiker");
        WebElement card = browser.waitFor(d -> d.findElements(By.cssSelector("#requests li")).stream()
                .filter(li -> li.getText().contains("Hagested Borgerforening")).findFirst().orElse(null));
        new org.openqa.selenium.support.ui.Select(card.findElement(By.cssSelector("select[name=status]")))
                .selectByValue("agreed");
        card.findElement(By.xpath(".//label[contains(., 'Bo Jensen')]/input")).click();
        browser.js("arguments[0].value = arguments[1]", card.findElement(By.cssSelector("input[name=agreedStart]")),
                LocalDateTime.now().plusDays(10).withHour(19).withMinute(0).withSecond(0).withNano(0).toString());
        card.findElement(By.xpath(".//button[normalize-space()='Gem']")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("er gemt"));
        WebElement again = browser.waitFor(d -> d.findElements(By.cssSelector("#requests li")).stream()
                .filter(li -> li.getText().contains("Hagested Borgerforening")).findFirst().orElse(null));
        again.findElement(By.cssSelector("input[name=location]")).sendKeys("Hagested Forsamlingshus");
        again.findElement(By.xpath(".//button[normalize-space()='Lav dialogmøde på skærmene']")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("er nu et dialogmøde"));
        String feed = feed("hagested");
        assertTrue(feed.contains("\"title\":\"" + topic + "\"") && feed.contains("Bo Jensen (V)"), feed);

        browser.driver.manage().deleteAllCookies();
        browser.open(status[0]);
        browser.waitFor(d -> browser.byId("book-status-facts").getText().contains("Aftalt"));
        assertTrue(browser.byId("book-status-facts").getText().contains("Bo Jensen (V)"));
        browser.driver.findElement(By.cssSelector("#book-status-facts a[href^='/m/']")).click();
        browser.waitFor(d -> topic.equals(d.findElement(By.tagName("h1")).getText()));
    }

    @Test
    void unknownCodeSaysSoInDanish() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/m/findesikke");
        assertTrue(browser.byId("page-error").getText().contains("Mødet findes ikke"), browser.byId("page-error").getText());
        assertTrue(browser.driver.getCurrentUrl().endsWith("/m/findesikke"), "a public page sent the visitor to log in");
    }

    @Test
    void markupTypedIntoTheSignUpStaysInertForTheOrganiser() throws Exception {
        browser.logIn("karin", PASSWORD);
        browser.open("/dialogmoede");
        browser.byId("m-title").sendKeys(WebIT.XSS);
        browser.byId("m-location").sendKeys(WebIT.XSS);
        browser.js("arguments[0].value = arguments[1]", browser.byId("m-start"),
                LocalDateTime.now().plusDays(4).withSecond(0).withNano(0).toString());
        browser.byId("m-signUpEnabled").click();
        browser.driver.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("Dialogmødet er gemt"));
        String page = browser.waitFor(d -> d.findElements(By.cssSelector("#meetings li")).stream()
                .filter(li -> li.getText().contains("onfocus=")).findFirst().orElse(null))
                .findElement(By.cssSelector("a[href^='/m/']")).getAttribute("href").replace(base, "");
        approveInTheQueue("onfocus=");

        browser.driver.manage().deleteAllCookies();
        browser.open(page);
        assertInert();
        browser.byId("s-name").sendKeys(WebIT.XSS);
        browser.byId("s-contact").sendKeys("12345678");
        browser.byId("s-question").sendKeys(WebIT.XSS);
        browser.driver.findElement(By.cssSelector("#signup-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("confirmation").isDisplayed());
        assertInert();

        browser.logIn("karin", PASSWORD);
        browser.open("/dialogmoede");
        browser.waitFor(d -> d.findElements(By.cssSelector("#meetings li")).stream()
                .filter(li -> li.getText().contains("onfocus=")).findFirst().orElse(null))
                .findElement(By.xpath(".//button[normalize-space()='Tilmeldinger']")).click();
        browser.waitFor(d -> browser.byId("signups-table").getText().contains("autofocus onfocus="));
        assertInert();
    }

    private static void assertInert() {
        browser.js("document.querySelectorAll('input, textarea').forEach(e => e.focus())");
        assertNull(browser.js("return window.__xss"), "script ran");
        assertEquals(0L, browser.js("return document.querySelectorAll('main img, main [onfocus], main script').length"),
                "markup from user data");
    }

    private static void assertNoSidewaysScroll() {
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                "the page scrolls sideways on a phone");
    }

    /** Runs {@code steps} in a window the size of a phone (390×844). */
    private static void onPhone(Runnable steps) {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            steps.run();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static String feed(String screen) throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1/screens/" + screen + "/feed")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode());
        return res.body();
    }

    /** An administrator approves the waiting dialogue meeting whose title holds {@code title} on Godkendelse. */
    private void approveInTheQueue(String title) {
        browser.logIn("dialog-admin", PASSWORD);
        browser.open("/admin/godkendelse");
        browser.waitFor(d -> d.findElements(By.cssSelector("#queue-meetings li")).stream()
                .filter(li -> li.getText().contains(title)).findFirst().orElse(null))
                .findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("er godkendt"));
    }
}
