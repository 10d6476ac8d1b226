package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What an administrator reads on Test kilde and in the log is Danish, and the log names things rather than ids. */
class DanishTextsIT {

    @RegisterExtension
    static final Pages pages = new Pages(Map.of());

    @Test
    void testingASourceThatAnswers404SaysSoInDanish() {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        browser.open("/admin/kilder");
        browser.byId("src-name").sendKeys("Mørkøv kalender");
        browser.byId("src-url").sendKeys(pages.base + "/findes-ikke.ics");
        browser.byId("src-test").click();
        WebElement error = browser.waitFor(d -> d.findElements(By.cssSelector("#source-form .field-error, #source-form"
                + " .form-error, #page-error")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(error.getText().contains("serveren svarede HTTP 404 i stedet for kilden"), error.getText());
        assertFalse(error.getText().contains("answered"), error.getText());
    }

    @Test
    void theLogNamesThePostAndSaysInDanishThatItWaits() {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        browser.js("return fetch('/api/v1/moderation/areas/moerkoev', {method: 'PUT', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': Isk.session.csrfToken},"
                + " body: JSON.stringify({moderation: 'approval', trustedMayApprove: false})}).then(r => r.status)");
        browser.logIn("lone", Pages.PASSWORD);
        pages.writePost("Fællesspisning i forsamlingshuset", "");

        browser.logIn("web-admin", Pages.PASSWORD);
        browser.open("/admin/log");
        WebElement row = browser.waitFor(d -> d.findElements(By.cssSelector("#audit tbody tr")).stream()
                .filter(tr -> tr.getText().contains("opslag")).findFirst().orElse(null));
        String text = row.getText();
        assertTrue(text.contains("Fællesspisning i forsamlingshuset (venter på godkendelse)"), text);
        assertFalse(text.contains("pending"), text);
        assertFalse(text.matches("(?s).*\\b[0-9a-f]{32}\\b.*"), "a raw id in the log: " + text);
    }
}
