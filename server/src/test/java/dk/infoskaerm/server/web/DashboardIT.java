package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrators' overview in Chromium: each screenshot with its time, marked when a later heartbeat came. */
class DashboardIT {

    @RegisterExtension
    static final Pages pages = new Pages(Map.of());

    @Test
    void aScreenshotShowsItsTimeAndIsMarkedOldOnceTheScreenHasReportedSince() throws Exception {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        String token = (String) browser.js("""
                return fetch('/api/v1/screens', {method: 'POST', credentials: 'same-origin',
                  headers: {'Content-Type': 'application/json', 'X-CSRF-Token': Isk.session.csrfToken},
                  body: JSON.stringify({id: 'tuse-hallen', name: 'Tuse Hallen', areaSlug: 'tuse', location: 'Indgangen',
                    orientation: 'landscape'})}).then(r => r.json()).then(d => d.deviceToken)""");
        heartbeat(browser, token, "urgent:x", png());
        browser.open("/admin");
        WebElement card = card(browser);
        String time = card.findElement(By.className("shot-time")).getText();
        assertTrue(time.startsWith("Skærmbillede fra ") && time.matches(".*\\d{2}\\.\\d{2}.*"), time);
        assertFalse(card.findElement(By.tagName("img")).getAttribute("class").contains("old"));

        // The screen reports again without a screenshot: the picture shown is no longer known to be current.
        heartbeat(browser, token, "idle", null);
        browser.open("/admin");
        card = card(browser);
        String old = card.findElement(By.className("shot-time")).getText();
        assertTrue(old.startsWith("Gammelt skærmbillede fra "), old);
        assertTrue(card.findElement(By.className("shot-time")).getAttribute("class").contains("old"));
        assertTrue(card.findElement(By.tagName("img")).getAttribute("class").contains("old"));
    }

    private static WebElement card(Browser browser) {
        return browser.waitFor(d -> d.findElements(By.cssSelector("#screens li[data-screen=tuse-hallen]")).stream()
                .findFirst().orElse(null));
    }

    private static void heartbeat(Browser browser, String token, String showing, String screenshot) {
        Object status = browser.js("""
                const body = {clientVersion: '1.0', showing: arguments[1], uptimeSeconds: 60};
                if (arguments[2]) body.screenshot = arguments[2];
                return fetch('/api/v1/screens/tuse-hallen/heartbeat', {method: 'POST',
                  headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + arguments[0]},
                  body: JSON.stringify(body)}).then(r => r.status)""", token, showing, screenshot);
        assertEquals(204L, status);
    }

    private static String png() throws Exception {
        BufferedImage image = new BufferedImage(48, 27, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
