package dk.infoskaerm.server.web;

import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import dk.infoskaerm.server.accounts.Role;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebElement;

/**
 * A real server with an administrator ({@code web-admin}) and a Mørkøv volunteer ({@code lone}) on a temporary H2
 * database, Chromium on it, and what the pages' tests read back. Register it with {@code @RegisterExtension}.
 */
final class Pages implements BeforeAllCallback, AfterAllCallback {

    static final String PASSWORD = "rigtig-god-kode-1";

    private final Map<String, String> extra;
    private Path dataDir;
    InfoskaermServer server;
    String base;
    Browser browser;

    /** Pages on a server with the test defaults and {@code extra} settings. */
    Pages(Map<String, String> extra) {
        this.extra = Map.copyOf(extra);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are installed by bin/test-setup");
        dataDir = Files.createTempDirectory("isk-pages");
        Map<String, String> settings = new java.util.HashMap<>(extra);
        settings.put("infoskaerm.accounts.bcrypt-cost", "4");
        server = InfoskaermServer.start(TestConfigs.h2(dataDir, settings));
        server.app().accounts().createWithPassword("web-admin", Role.ADMIN, Set.of(), Set.of(), PASSWORD);
        server.app().accounts().createWithPassword("lone", Role.VOLUNTEER, Set.of("moerkoev"), Set.of(), PASSWORD);
        base = "http://localhost:" + server.port();
        browser = new Browser(base, 1280, 1000);
    }

    /** Writes a post on Nyt opslag as the one logged in, with {@code link} unless empty, and waits until it is saved. */
    void writePost(String title, String link) {
        browser.open("/opslag/nyt");
        browser.byId("title").sendKeys(title);
        if (!link.isEmpty()) {
            browser.byId("link").sendKeys(link);
        }
        browser.byId("post-submit").click();
        browser.waitFor(d -> browser.byId("page-status").getText().contains("er gemt"));
    }

    /** The JSON the API answers to a GET of {@code path} in the browser's session, as the page's script sees it. */
    Object apiGet(String path, String expression) {
        return browser.js("return fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.json())"
                + ".then(data => " + expression + ")", path);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Script lines that read {@code arguments[0]}'s pixels back through a canvas into {@code data} (RGBA). */
    static final String PIXELS = """
            const img = arguments[0];
            const c = document.createElement('canvas');
            c.width = img.naturalWidth; c.height = img.naturalHeight;
            const g = c.getContext('2d');
            g.drawImage(img, 0, 0);
            const data = g.getImageData(0, 0, c.width, c.height).data;
            """;

    /** Pixels of clearly green colour (the demo picture's grass) in the image, read back through a canvas. */
    static long greenPixels(Browser browser, WebElement img) {
        return ((Number) browser.js(PIXELS + """
                let n = 0;
                for (let i = 0; i < data.length; i += 4) {
                  if (data[i + 1] > data[i] + 30 && data[i + 1] > data[i + 2] + 30) n++;
                }
                return n;""", img)).longValue();
    }

    /** How many times the page has drawn a new preview into {@code img}. */
    static int previews(WebElement img) {
        String n = img.getAttribute("data-loaded");
        return n == null ? 0 : Integer.parseInt(n);
    }

    static boolean loaded(Browser browser, WebElement img) {
        return Boolean.TRUE.equals(browser.js("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
    }
}
