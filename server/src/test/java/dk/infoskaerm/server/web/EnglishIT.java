package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The pages in English in Chromium: chosen with the switch, no Danish text of the pages left, no key unfilled, and the
 * API's refusals in English.
 */
class EnglishIT {

    @RegisterExtension
    static final Pages pages = new Pages(Map.of());

    private static final List<String> MAIN_PAGES = List.of("/admin", "/admin/godkendelse", "/admin/akut",
            "/admin/program", "/admin/kilder", "/admin/skaerme", "/admin/omraader", "/admin/brugere", "/admin/log",
            "/opslag/nyt", "/opslag", "/dialogmoede", "/adgangskode", "/omraade/moerkoev", "/findes-ikke",
            "/admin/politikere", "/admin/book-en-politiker", "/book-en-politiker");

    @Test
    void theMainPagesInEnglishHaveNoDanishTextLeftAndNoMissingKey() throws Exception {
        Properties da = WebTextsTest.bundle("da");
        Properties en = WebTextsTest.bundle("en");
        Browser browser = pages.browser;
        // The browser asks for Danish (Accept-Language da-DK): English is chosen with the switch, and it sticks.
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        assertEquals("English", browser.byId("lang-switch").getText());
        browser.byId("lang-switch").click();
        browser.waitFor(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("Log in", browser.driver.findElement(By.tagName("h1")).getText());
        browser.byId("username").sendKeys("web-admin");
        browser.byId("password").sendKeys(Pages.PASSWORD);
        browser.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));

        List<String> problems = new ArrayList<>();
        for (String page : MAIN_PAGES) {
            browser.driver.get(pages.base + page);
            browser.waitFor(d -> d.findElements(By.cssSelector("body[data-ready=true], body.public")).size() == 1);
            Thread.sleep(300);   // lists drawn after the first answers
            // What the page itself says: content marked as Danish (area names on the public page, posts) aside.
            String text = (String) browser.js("const copy = document.body.cloneNode(true);"
                    + " copy.querySelectorAll('[lang=da]').forEach(e => e.remove());"
                    + " document.documentElement.append(copy); const t = copy.innerText; copy.remove(); return t;");
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"), page);
            for (String key : da.stringPropertyNames()) {
                if (text.contains(key) && key.contains(".")) {
                    problems.add(page + ": key shown instead of its text: " + key);
                }
                String danish = da.getProperty(key);
                if (danish.equals(en.getProperty(key))) {
                    continue;
                }
                for (String part : danish.split("\\{\\d}")) {
                    if (part.strip().length() >= 5 && java.util.regex.Pattern.compile("(?U)(?<!\\w)"
                            + java.util.regex.Pattern.quote(part.strip()) + "(?!\\w)").matcher(text).find()) {
                        problems.add(page + ": Danish \"" + part.strip() + "\" (" + key + ")");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        // What the API refuses is said in English too (the browser still asks for Danish; the switch's cookie wins).
        browser.open("/adgangskode");
        browser.byId("currentPassword").sendKeys("not-the-password-1");
        browser.byId("newPassword").sendKeys("a-brand-new-password-1");
        browser.byId("repeatPassword").sendKeys("a-brand-new-password-1");
        browser.driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
        browser.waitFor(d -> d.findElement(By.id("currentPassword-error")).isDisplayed());
        assertEquals("The current password is wrong.", browser.byId("currentPassword-error").getText());

        // Screens stay Danish: the feed a screen reads does not follow the browser's language.
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(pages.base + "/api/v1/screens/moerkoev/feed")).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(feed.body().contains("\"areaName\":\"Mørkøv\""), feed.body());

        // Back to Danish with the switch.
        browser.open("/admin");
        assertEquals("Dansk", browser.byId("lang-switch").getText());
        browser.byId("lang-switch").click();
        browser.waitFor(d -> "da".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.waitFor(d -> "Overblik".equals(d.findElement(By.tagName("h1")).getText()));
    }
}
