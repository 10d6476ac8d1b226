package dk.infoskaerm.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** What got in a new volunteer's and administrator's way (issue 19, friction), in Chromium. */
class FrictionIT {

    @RegisterExtension
    static final Pages pages = new Pages(Map.of());

    @Test
    void aBareDomainLinkIsSavedWithHttpsAndShown() {
        Browser browser = pages.browser;
        browser.logIn("lone", Pages.PASSWORD);
        pages.writePost("Sommerfest", "moerkoev.dk/fest");
        assertEquals("https://moerkoev.dk/fest", browser.byId("link").getAttribute("value"));
        assertFalse(browser.byId("link-error").isDisplayed(), browser.byId("link-error").getText());
    }

    @Test
    void withdrawnPostsMoveUnderTidligere() {
        Browser browser = pages.browser;
        browser.logIn("lone", Pages.PASSWORD);
        pages.writePost("Aflyst loppemarked", "");
        browser.open("/opslag");
        assertFalse(browser.byId("earlier").isDisplayed(), "nothing earlier yet");
        WebElement card = cardTitled(browser, "#posts", "Aflyst loppemarked");
        card.findElement(By.cssSelector("button.danger")).click();
        browser.driver.switchTo().alert().accept();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("trukket tilbage"));
        browser.waitFor(d -> browser.byId("earlier").isDisplayed());
        assertEquals("Tidligere", browser.byId("earlier-heading").getText());
        cardTitled(browser, "#posts-earlier", "Aflyst loppemarked");
        assertTrue(browser.driver.findElements(By.cssSelector("#posts li")).stream()
                .noneMatch(li -> li.getText().contains("Aflyst loppemarked")), "still among the current posts");
    }

    @Test
    void onAPhoneTheAdminMenuIsWholeAndThePostPreviewComesBeforeSending() {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open("/admin/kilder");
            List<WebElement> links = browser.driver.findElements(By.cssSelector("#nav-admin a"));
            assertEquals(11, links.size());   // Politikere and Book en politiker among them
            for (WebElement link : links) {
                // Whole, inside the window, and the element a tap at its centre reaches.
                Object reached = browser.js("""
                        const a = arguments[0], r = a.getBoundingClientRect();
                        if (r.left < 0 || r.right > window.innerWidth || a.scrollWidth > a.clientWidth + 1) return false;
                        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === a;""", link);
                assertEquals(Boolean.TRUE, reached, "clipped or hidden at 390 px: " + link.getText());
            }
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"));

            browser.open("/opslag/nyt");
            int preview = browser.byId("preview-landscape").getRect().getY();
            int send = browser.byId("post-submit").getRect().getY();
            assertTrue(preview < send, "the preview (y " + preview + ") comes after the send button (y " + send + ")");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void whatPlaysWhenTellsARepeatingEventsOccurrencesApartByDate() {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        for (int days : new int[] {2, 4}) {
            Object status = browser.js("""
                    const start = new Date(Date.now() + arguments[0] * 86400000);
                    start.setMinutes(0, 0, 0);
                    return fetch('/api/v1/meetings', {method: 'POST', credentials: 'same-origin',
                      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': Isk.session.csrfToken},
                      body: JSON.stringify({area: 'hagested', title: 'Strikkecafé', location: 'Hagested Forsamlingshus',
                        start: start.toISOString(), end: new Date(start.getTime() + 7200000).toISOString()})})
                      .then(r => r.status)""", days);
            assertEquals(201L, status);
        }
        browser.open("/admin/program?screen=hagested");
        browser.byId("s-hours").clear();
        browser.byId("s-hours").sendKeys("3");
        browser.driver.findElement(By.cssSelector("#schedule-form button[type=submit]")).click();
        @SuppressWarnings("unchecked")
        List<String> names = browser.waitFor(d -> {
            // Read in one go: the table is drawn again when the answer comes.
            List<String> rows = (List<String>) browser.js("return [...document.querySelectorAll('#summary tbody tr')]"
                    + ".map(tr => tr.cells[0].textContent).filter(t => t.includes('Strikkecafé'))");
            return rows.size() == 2 ? rows : null;
        });
        assertFalse(names.get(0).equals(names.get(1)), "the two occurrences read the same: " + names);
        assertTrue(names.stream().allMatch(n -> n.matches("(?s).*Strikkecafé · \\d+\\..*")), names.toString());
    }

    @Test
    void openingHoursAreSetInTheScreensForm() {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        browser.open("/admin/skaerme");
        WebElement card = browser.waitFor(d -> d.findElements(By.cssSelector("#screen-list li")).stream()
                .filter(li -> li.getText().contains("oroe")).findFirst().orElse(null));
        card.findElement(By.xpath(".//button[normalize-space()='Ret']")).click();
        browser.byId("sc-add-period").click();
        WebElement period = browser.driver.findElement(By.cssSelector("#sc-periods fieldset.period"));
        period.findElement(By.cssSelector("input[value=SATURDAY]")).click();
        period.findElement(By.cssSelector("input[value=SUNDAY]")).click();
        browser.js("arguments[0].value = '08:00'; arguments[1].value = '20:00'",
                period.findElement(By.className("open")), period.findElement(By.className("close")));
        new org.openqa.selenium.support.ui.Select(browser.byId("sc-outside")).selectByValue("IDLE");
        browser.driver.findElement(By.cssSelector("#screen-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("er gemt"));
        assertEquals(List.of(5L, "08:00", "20:00", "IDLE"), pages.apiGet("/api/v1/screens",
                "(h => [h.periods[0].days.length, h.periods[0].open.slice(0, 5), h.periods[0].close.slice(0, 5),"
                        + " h.outside])(data.find(s => s.id === 'oroe').openingHours)"));
        WebElement saved = browser.waitFor(d -> d.findElements(By.cssSelector("#screen-list li")).stream()
                .filter(li -> li.getText().contains("oroe")).findFirst().orElse(null));
        assertTrue(saved.getText().contains("man tir ons tor fre 08:00–20:00"), saved.getText());
    }

    @Test
    void aNewSourcesCardShowsItsFirstImportWithoutAReload() {
        Browser browser = pages.browser;
        browser.logIn("web-admin", Pages.PASSWORD);
        browser.open("/admin/kilder");
        browser.js("window.__sameLoad = true");
        browser.byId("src-name").sendKeys("Tuse kalender");
        browser.byId("src-url").sendKeys(pages.base + "/api/v1/areas/tuse/events.ics");
        browser.driver.findElement(By.cssSelector("#source-form button[type=submit]")).click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("gemt"));
        String state = browser.waitFor(d -> {
            String text = (String) browser.js("const li = [...document.querySelectorAll('#sources li')]"
                    + ".find(l => l.textContent.includes('Tuse kalender')); return li ? li.querySelector('.badge')"
                    + ".textContent : null");
            return text != null && !text.equals("Ny") ? text : null;
        });
        assertTrue(List.of("OK", "Tom").contains(state), state);
        assertEquals(Boolean.TRUE, browser.js("return window.__sameLoad === true"), "the page was reloaded");
    }

    private static WebElement cardTitled(Browser browser, String list, String title) {
        return browser.waitFor(d -> d.findElements(By.cssSelector(list + " li")).stream()
                .filter(li -> li.getText().contains(title)).findFirst().orElse(null));
    }
}
