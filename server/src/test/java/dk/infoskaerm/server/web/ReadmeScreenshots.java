package dk.infoskaerm.server.web;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.render.Bitmaps;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.server.Application;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.TestConfigs;
import dk.infoskaerm.server.accounts.Role;
import dk.infoskaerm.server.screens.Heartbeat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;

/**
 * Takes the README's screenshots from the running system: the volunteer form with its preview, the dashboard
 * with a few demo screens reporting in, the phone pages reached by QR (sign-up, Book en politiker) and the
 * "Har du en idé?" and "Book en politiker" slides. Run with {@code bin/readme-screenshots}; writes {@code docs/images/*.png}.
 * Not a test.
 */
final class ReadmeScreenshots {

    /** Demo screens that send a heartbeat now, with a screenshot of what they show. */
    private static final String[] ONLINE = {"moerkoev", "tuse", "holbaek-by", "toelloese"};

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("isk-screenshots");
        try (InfoskaermServer server = InfoskaermServer.start(TestConfigs.h2(data,
                Map.of("infoskaerm.accounts.bcrypt-cost", "4")))) {
            String base = "http://localhost:" + server.port();
            server.app().accounts().createWithPassword("lone", Role.VOLUNTEER, Set.of("moerkoev"), Set.of(),
                    WebIT.PASSWORD);
            server.app().accounts().createWithPassword("admin-demo", Role.ADMIN, Set.of(), Set.of(), WebIT.PASSWORD);
            serverBase = base;
            screensReportIn(server.app(), base, data);
            try (Browser browser = new Browser(base, 1280, 1320)) {
                browser.logIn("lone", WebIT.PASSWORD);
                browser.open("/opslag/nyt");
                browser.byId("title").sendKeys("Loppemarked i Mørkøv Hallen");
                browser.byId("text").sendKeys("Lørdag kl. 10–14. Gratis adgang, kaffe og kage. Alle er velkomne.");
                browser.byId("link").sendKeys("https://moerkoev.dk/loppemarked");
                browser.byId("image").sendKeys(Path.of("server/src/main/resources/seed/images/loppemarked.jpg")
                        .toAbsolutePath().toString());
                browser.waitFor(d -> Long.valueOf(2).equals(browser.js(
                        "return document.querySelectorAll('.previews img[data-loaded]').length")));
                // The last keystroke's preview comes after a short pause; wait until both show the whole text.
                Thread.sleep(2500);
                browser.js("document.activeElement.blur()");
                save(browser, out.resolve("volunteer-new-post.png"));

                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1240));
                browser.logIn("admin-demo", WebIT.PASSWORD);
                browser.open("/admin");
                browser.waitFor(d -> Boolean.TRUE.equals(browser.js(
                        "return [...document.querySelectorAll('#screens img')].every(i => i.complete && i.naturalWidth > 0)")));
                save(browser, out.resolve("admin-dashboard.png"));

                // The phone pages people reach by QR code from a screen, with no account.
                browser.driver.manage().deleteAllCookies();
                phoneViewport(browser);
                Feed moerkoev = feed(HttpClient.newHttpClient(), base, "moerkoev");
                String signUp = moerkoev.slides().stream().map(s -> s.url()).filter(u -> u.contains("/m/"))
                        .findFirst().orElseThrow().replaceAll(".*/m/", "/m/");
                browser.open(signUp);
                save(browser, out.resolve("phone-signup.png"));
                browser.js("document.getElementById('signup-form').scrollIntoView()");
                save(browser, out.resolve("phone-signup-form.png"));
                browser.open("/book-en-politiker?omraade=moerkoev");
                save(browser, out.resolve("phone-book-en-politiker.png"));
                saveSlide(moerkoev, "contact:moerkoev", 1920, 1080, out.resolve("slide-contact-landscape.png"));
                saveSlide(moerkoev, "book", 1080, 1920, out.resolve("slide-book-portrait.png"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A few demo screens send heartbeats with their device tokens, as the screen client does; one was last heard
     * from ten minutes ago (stale) and one an hour ago (offline), recorded straight into the status table.
     */
    private static void screensReportIn(Application app, String base, Path data) throws Exception {
        Properties tokens = new Properties();
        try (InputStream in = Files.newInputStream(data.resolve(Application.DEVICE_TOKENS_FILE))) {
            tokens.load(in);
        }
        HttpClient http = HttpClient.newHttpClient();
        Instant now = Instant.now();
        for (String id : ONLINE) {
            Feed feed = feed(http, base, id);
            String json = new String(Json.write(new Heartbeat("1.0.0", FrameRenderer.showingAt(feed, now), 86_400,
                    screenshot(feed, now))), StandardCharsets.UTF_8);
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/screens/" + id
                    + "/heartbeat")).header("Authorization", "Bearer " + tokens.getProperty(id))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 204) {
                throw new IllegalStateException("heartbeat for " + id + " answered " + res.statusCode() + ": " + res.body());
            }
        }
        Instant late = now.minus(Duration.ofMinutes(10));
        Feed svinninge = feed(http, base, "svinninge");
        app.statuses().record("svinninge", new Heartbeat("0.9.2", FrameRenderer.showingAt(svinninge, late), 3_600, null),
                png(svinninge, late), late);
        Instant gone = now.minus(Duration.ofHours(1));
        Feed jyderup = feed(http, base, "jyderup");
        app.statuses().record("jyderup", new Heartbeat("1.0.0", FrameRenderer.showingAt(jyderup, gone), 600, null),
                png(jyderup, gone), gone);
    }

    private static Feed feed(HttpClient http, String base, String id) throws Exception {
        HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/screens/" + id + "/feed"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        return Json.readFeed(res.body());
    }

    /** The running server's address, for the slides' pictures. */
    private static volatile String serverBase = "";

    private static String screenshot(Feed feed, Instant at) throws IOException {
        return Base64.getEncoder().encodeToString(png(feed, at));
    }

    /** What the screen shows at {@code at}: a full-HD frame scaled to 480 pixels wide, as the screen client sends it. */
    private static byte[] png(Feed feed, Instant at) throws IOException {
        boolean portrait = "portrait".equals(feed.orientation());
        // the pictures as a screen client has them: fetched from the running server
        BufferedImage frame = FrameRenderer.render(feed, at, portrait ? 1080 : 1920, portrait ? 1920 : 1080, url -> {
            try {
                return java.util.Optional.ofNullable(ImageIO.read(java.net.URI.create(serverBase + url).toURL()));
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }).image();
        int width = 480;
        int height = frame.getHeight() * width / frame.getWidth();
        return Bitmaps.png(Bitmaps.scaled(frame, width, height));
    }

    /** A window whose page area is a phone's, 390×844 CSS pixels. */
    private static void phoneViewport(Browser browser) {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        long inner = (Long) browser.js("return window.innerHeight");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, (int) (844 + 844 - inner)));
    }

    /** The slide {@code id} of {@code feed} as a screen of that size draws it. */
    private static void saveSlide(Feed feed, String id, int width, int height, Path file) throws IOException {
        Feed one = new Feed(feed.version(), feed.screenId(), feed.screenName(), feed.areaSlug(), feed.areaName(),
                feed.orientation(), feed.slides().stream().filter(s -> s.id().equals(id)).toList(), feed.ticker());
        ImageIO.write(FrameRenderer.render(one, Instant.now(), width, height).image(), "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static void save(Browser browser, Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.write(file, browser.driver.getScreenshotAs(OutputType.BYTES));
        System.out.println("wrote " + file);
    }
}
