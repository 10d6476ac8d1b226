package dk.infoskaerm.server.web;

import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import dk.infoskaerm.server.accounts.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.OutputType;

/**
 * Takes the README's screenshots from the running system: the volunteer form with its preview, and the dashboard.
 * Run with {@code bin/readme-screenshots}; writes {@code docs/images/*.png}. Not a test.
 */
final class ReadmeScreenshots {

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("isk-screenshots");
        try (InfoskaermServer server = InfoskaermServer.start(TestConfigs.h2(data,
                Map.of("infoskaerm.accounts.bcrypt-cost", "4")))) {
            server.app().accounts().createWithPassword("lone", Role.VOLUNTEER, Set.of("moerkoev"), Set.of(),
                    WebIT.PASSWORD);
            server.app().accounts().createWithPassword("admin-demo", Role.ADMIN, Set.of(), Set.of(), WebIT.PASSWORD);
            try (Browser browser = new Browser("http://localhost:" + server.port(), 1400, 1300)) {
                browser.logIn("lone", WebIT.PASSWORD);
                browser.open("/opslag/nyt");
                browser.byId("title").sendKeys("Loppemarked i Mørkøv Hallen");
                browser.byId("text").sendKeys("Lørdag kl. 10–14. Gratis adgang, kaffe og kage. Alle er velkomne.");
                browser.byId("link").sendKeys("https://moerkoev.dk/loppemarked");
                browser.waitFor(d -> "2".equals(browser.js(
                        "return String(document.querySelectorAll('.previews img[data-loaded]').length)")));
                Thread.sleep(1500);
                save(browser, out.resolve("volunteer-new-post.png"));

                browser.logIn("admin-demo", WebIT.PASSWORD);
                browser.open("/admin");
                Thread.sleep(1000);
                save(browser, out.resolve("admin-dashboard.png"));
            }
        }
    }

    private static void save(Browser browser, Path file) throws Exception {
        Path shot = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + file);
    }
}
