package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Akut besked page in Chromium: "alle områder" said explicitly, previews in both orientations, a confirmation. */
class UrgentPageIT {

    @RegisterExtension
    static final Pages pages = new Pages(Map.of());
    @Test
    void anUrgentMessageIsPreviewedBothWaysAndSentOnlyAfterConfirmingTheScreensItReaches() {
        pages.browser.logIn("web-admin", Pages.PASSWORD);
        pages.browser.open("/admin/akut");
        pages.browser.byId("u-text").sendKeys("Kogeanbefaling: kog drikkevandet i Tuse og på Orø");
        WebElement landscape = pages.browser.byId("preview-landscape");
        WebElement portrait = pages.browser.byId("preview-portrait");
        pages.browser.waitFor(d -> Pages.previews(landscape) >= 1 && Pages.previews(portrait) >= 1
                && Pages.loaded(pages.browser, landscape) && Pages.loaded(pages.browser, portrait));
        assertEquals(960L, pages.browser.js("return arguments[0].naturalWidth", landscape));
        assertEquals(960L, pages.browser.js("return arguments[0].naturalHeight", portrait));
        assertTrue(urgentRed(landscape) > 100_000, "the landscape preview is no urgent slide: " + urgentRed(landscape));
        assertTrue(urgentRed(portrait) > 100_000, "the portrait preview is no urgent slide: " + urgentRed(portrait));

        // No area ticked is no choice, not "all": the page says so and sends nothing.
        submit();
        WebElement areasError = pages.browser.byId("u-areas-error");
        pages.browser.waitFor(d -> areasError.isDisplayed());
        assertTrue(areasError.getText().contains("Alle områder"), areasError.getText());
        assertFalse(pages.browser.byId("u-confirm").isDisplayed());
        assertEquals(0L, sent());

        // "Alle områder" asks about every screen; cancelling sends nothing.
        pages.browser.byId("u-all").click();
        submit();
        pages.browser.waitFor(d -> pages.browser.byId("u-confirm").isDisplayed());
        assertEquals("Beskeden vises med det samme på alle 18 skærme i alle lokalområder.",
                pages.browser.byId("u-confirm-text").getText());
        pages.browser.byId("u-confirm-cancel").click();
        pages.browser.waitFor(d -> pages.browser.byId("page-status").getText().contains("ikke sendt"));
        assertEquals(0L, sent());

        // Ticking areas unticks "Alle områder"; the confirmation counts their screens.
        area("tuse").click();
        area("oroe").click();
        assertFalse(pages.browser.byId("u-all").isSelected(), "all areas and some areas at once");
        submit();
        pages.browser.waitFor(d -> pages.browser.byId("u-confirm").isDisplayed());
        assertTrue(pages.browser.byId("u-confirm-text").getText().startsWith("Beskeden vises med det samme på 2 skærme i "),
                pages.browser.byId("u-confirm-text").getText());
        assertEquals("Ja, send til 2 skærme", pages.browser.byId("u-confirm-send").getText());
        pages.browser.byId("u-confirm-send").click();
        pages.browser.waitFor(d -> pages.browser.byId("page-status").getText().contains("er sendt"));
        assertEquals(1L, sent());
        assertEquals(List.of("oroe", "tuse"), pages.apiGet("/api/v1/urgent", "data[0].areas"));
        pages.browser.js("return fetch('/api/v1/urgent/' + arguments[0] + '/clear', {method: 'POST', credentials: "
                + "'same-origin', headers: {'X-CSRF-Token': Isk.session.csrfToken}}).then(r => r.status)",
                pages.apiGet("/api/v1/urgent", "data[0].id"));
    }

    private static WebElement area(String slug) {
        return pages.browser.driver.findElement(By.cssSelector("#u-areas input[value=" + slug + "]"));
    }

    private static void submit() {
        pages.browser.byId("u-submit").click();
    }

    private static long sent() {
        return ((Number) pages.apiGet("/api/v1/urgent", "data.length")).longValue();
    }

    /** Pixels of the urgent slide's red (#C8102E) in the image. */
    private static long urgentRed(WebElement img) {
        return ((Number) pages.browser.js(Pages.PIXELS + """
                let n = 0;
                for (let i = 0; i < data.length; i += 4) {
                  if (Math.abs(data[i] - 0xC8) < 12 && data[i + 1] < 40 && Math.abs(data[i + 2] - 0x2E) < 20) n++;
                }
                return n;""", img)).longValue();
    }
}
