package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** An area's public page, {@code /omraade/{slug}}, on a phone in Chromium; the RSS channel links to it. */
class AreaPageIT {

    @RegisterExtension
    static final Pages pages = new Pages(Map.of());

    @Test
    void theAreaPageShowsWhatTheScreensShowOnAPhoneAndLinksItsFeeds() throws Exception {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        Object made = browser.js("""
                const headers = {'Content-Type': 'application/json', 'X-CSRF-Token': Isk.session.csrfToken};
                const start = new Date(Date.now() + 3 * 86400000); start.setMinutes(0, 0, 0);
                return Promise.all([
                  fetch('/api/v1/posts', {method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify({
                    title: arguments[0], text: 'Færgen sejler ekstra lørdag. {{contact}}', areas: ['oroe'],
                    visibleUntil: new Date(Date.now() + 7 * 86400000).toISOString()})}).then(r => r.status),
                  fetch('/api/v1/meetings', {method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify({
                    area: 'oroe', title: 'Dialogmøde om færgen', location: 'Orø Forsamlingshus',
                    politicians: ['Anne Hansen'], start: start.toISOString(),
                    end: new Date(start.getTime() + 7200000).toISOString()})}).then(r => r.status)])""", WebIT.XSS);
        assertEquals(java.util.List.of(201L, 201L), made);
        assertTrue(!get(pages.base + "/omraade/oroe").body().contains("contact-heading"),
                "an area without a contact shows no 'Har du en idé?'");
        Object contact = browser.js("""
                return fetch('/api/v1/areas/oroe/contact', {method: 'PUT', credentials: 'same-origin',
                  headers: {'Content-Type': 'application/json', 'X-CSRF-Token': Isk.session.csrfToken},
                  body: JSON.stringify({lokalforumName: 'Orø Lokalforum ' + arguments[0],
                    lokalforumContact: 'formand@oroe.dk', personName: 'Lise Berg', personPhone: '72 36 12 34',
                    personEmail: 'lise.berg@holbaek.dk', link: ''})}).then(r => r.status)""", WebIT.XSS);
        assertEquals(200L, contact);

        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.driver.get(pages.base + "/omraade/oroe");
            assertEquals("Orø", browser.driver.findElement(By.tagName("h1")).getText());
            String main = browser.driver.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("Dialogmøde om færgen") && main.contains("Anne Hansen")
                    && main.contains("Orø Forsamlingshus"), main);
            assertTrue(main.contains("onfocus=\"window.__xss"), "the post's title as text: " + main);
            assertTrue(main.contains("Færgen sejler ekstra lørdag. {{contact}}"), "a slot in a post stays text: " + main);
            String idea = browser.byId("contact-heading").findElement(By.xpath("..")).getText();
            assertTrue(idea.contains("Har du en idé?") && idea.contains("Orø Lokalforum \" autofocus onfocus=")
                    && idea.contains("formand@oroe.dk") && idea.contains("Lise Berg · 72 36 12 34 · lise.berg@holbaek.dk"),
                    idea);
            assertEquals("https://www.holbaek.dk/deltag", browser.byId("participate").getAttribute("href"));
            browser.js("document.querySelectorAll('[onfocus], a').forEach(e => e.focus && e.focus())");
            assertNull(browser.js("return window.__xss"), "script ran");
            assertEquals(0L, browser.js("return document.querySelectorAll('main img, main script, main [onfocus]').length"));
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "the page scrolls sideways on a phone");
            assertEquals(200, get(browser.byId("ics").getAttribute("href")).statusCode());
            HttpResponse<String> rss = get(browser.byId("rss").getAttribute("href"));
            assertTrue(rss.body().contains("<link>" + pages.base + "/omraade/oroe</link>"), rss.body());
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
        HttpResponse<String> page = get(pages.base + "/omraade/oroe");
        assertEquals(WebPages.CSP, page.headers().firstValue("Content-Security-Policy").orElseThrow());
        HttpResponse<String> unknown = get(pages.base + "/omraade/atlantis");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Siden findes ikke"), unknown.body());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
