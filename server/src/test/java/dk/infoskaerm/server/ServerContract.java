package dk.infoskaerm.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import io.helidon.config.Config;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.server.screens.HeartbeatService;
import dk.infoskaerm.server.testing.SseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a real socket; run on each database by the subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {

    private static final List<String> SLUGS = List.of("holbaek-by", "oroe", "tuse", "tuse-naes", "hagested",
            "gislinge", "kundby", "svinninge", "jyderup", "moerkoev", "knabstrup", "regstrup", "undloese",
            "ugerloese", "store-merloese", "stestrup", "toelloese", "vipperoed");

    private InfoskaermServer server;
    private Path dataDir;
    private String adminCookie;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The config of the server under test, with its data under {@code dataDir}. */
    abstract Config config(Path dataDir, Map<String, String> extra);

    @BeforeAll
    void start(@TempDir Path dataDir) {
        this.dataDir = dataDir;
        server = InfoskaermServer.start(config(dataDir, Map.of()));
    }

    /** The session cookie of an administrator, for the endpoints that need one. */
    private String adminCookie() throws IOException, InterruptedException {
        if (adminCookie == null) {
            server.app().accounts().createWithPassword("kontrakt-admin", dk.infoskaerm.server.accounts.Role.ADMIN,
                    Set.of(), Set.of(), "kontrakt-kode-1234");
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/session")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"kontrakt-admin\",\"password\":\"kontrakt-kode-1234\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            adminCookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        }
        return adminCookie;
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsTheEighteenLokalomraaderInOrder() throws Exception {
        HttpResponse<String> r = get("/api/v1/areas");
        assertEquals(200, r.statusCode());
        List<String> slugs = new ArrayList<>();
        for (JsonNode area : Json.mapper().readTree(r.body())) {
            slugs.add(area.get("slug").asText());
        }
        assertEquals(SLUGS, slugs);
        assertTrue(r.body().contains("\"name\":\"Mørkøv\""), r.body());
    }

    @Test
    void servesFeedWithStrongETagAndNotModified() throws Exception {
        HttpResponse<String> first = get("/api/v1/screens/moerkoev/feed");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertTrue(first.body().contains("Dialogmøde: Trafiksikker skolevej i Mørkøv"), "demo meeting in feed");
        HttpResponse<String> second = get("/api/v1/screens/moerkoev/feed", "If-None-Match", etag);
        assertEquals(304, second.statusCode());
        assertEquals("", second.body());
    }

    @Test
    void headOfFeedSendsNoBodySoTheConnectionStaysUsable() throws Exception {
        get("/api/v1/screens/moerkoev/feed");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("HEAD /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String head = readHeaderBlock(in);
            assertTrue(head.startsWith("HTTP/1.1 200 "), head);
            assertTrue(head.toLowerCase(Locale.ROOT).contains("\r\netag: \""), head);
            out.write(("GET /api/v1/screens/moerkoev/feed HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String next = readHeaderBlock(in);
            assertTrue(next.startsWith("HTTP/1.1 200 "), "the answer to the GET after the HEAD: " + next);
        }
    }

    /** Reads up to and including the empty line after the headers. */
    private static String readHeaderBlock(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 4 || !text.substring(text.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }

    @Test
    void feedCarriesTheScreensOpeningHours() throws Exception {
        JsonNode tuse = Json.mapper().readTree(get("/api/v1/screens/tuse/feed").body());
        assertEquals("DARK", tuse.get("openingHours").get("outside").asText());
        assertEquals("07:00", tuse.get("openingHours").get("periods").get(0).get("open").asText());
        assertFalse(Json.mapper().readTree(get("/api/v1/screens/moerkoev/feed").body()).has("openingHours"),
                "a screen open day and night has none");
    }

    @Test
    void everyDemoScreenHasAFeed() throws Exception {
        for (String slug : SLUGS) {
            assertEquals(200, get("/api/v1/screens/" + slug + "/feed").statusCode(), slug);
        }
    }

    @Test
    void reportsHealthWithDatabaseCheck() throws Exception {
        HttpResponse<String> r = get("/observe/health");
        assertEquals(200, r.statusCode());
        JsonNode health = Json.mapper().readTree(r.body());
        assertEquals("UP", health.get("status").asText());
        assertTrue(r.body().contains("\"database\""), r.body());
    }

    @Test
    void unknownScreenGetsJsonNotFound() throws Exception {
        HttpResponse<String> r = get("/api/v1/screens/ingen-skaerm/feed");
        assertEquals(404, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("screenId", Json.mapper().readTree(r.body()).get("field").asText());
    }

    @Test
    void secondServerOnTakenPortStopsWithClearMessage(@TempDir Path otherData) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var e = assertThrows(InfoskaermServer.PortInUseException.class, () -> InfoskaermServer.start(
                    config(otherData, Map.of("server.port", String.valueOf(taken.getLocalPort())))));
            assertTrue(e.getMessage().startsWith("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"),
                    e.getMessage());
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private String deviceToken(String screenId) throws IOException {
        Properties tokens = new Properties();
        try (var in = Files.newBufferedReader(dataDir.resolve(Application.DEVICE_TOKENS_FILE))) {
            tokens.load(in);
        }
        return tokens.getProperty(screenId);
    }

    private HttpResponse<String> heartbeat(String screenId, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/v1/screens/" + screenId + "/heartbeat")))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Item event(String id, String areaSlug, Instant start) {
        return new Item(id, "test", ItemKind.EVENT, "Test " + id, "", start, start.plus(Duration.ofHours(1)), false,
                "", "", null, null, null, Set.of(areaSlug), null);
    }

    @Test
    void tellsSubscribedScreenWhenItsFeedChanges() throws Exception {
        String before = get("/api/v1/screens/svinninge/feed").headers().firstValue("ETag").orElseThrow();
        try (SseReader sse = SseReader.open(HTTP, url("/api/v1/screens/svinninge/events"))) {
            SseReader.Event hello = sse.next(WAIT);
            assertEquals("changed", hello.name());
            assertEquals(before, Json.mapper().readTree(hello.data()).get("etag").asText());

            server.app().items().save(event("test:sse", "svinninge", Instant.now().plus(Duration.ofDays(1))));

            SseReader.Event changed = sse.next(WAIT);
            assertEquals("changed", changed.name());
            String announced = Json.mapper().readTree(changed.data()).get("etag").asText();
            HttpResponse<String> feed = get("/api/v1/screens/svinninge/feed");
            assertEquals(feed.headers().firstValue("ETag").orElseThrow(), announced);
            assertTrue(feed.body().contains("Test test:sse"));
        }
    }

    @Test
    void keepAliveCommentsKeepTheEventStreamOpen(@TempDir Path otherData) throws Exception {
        try (InfoskaermServer quick = InfoskaermServer.start(config(otherData,
                Map.of("infoskaerm.events.keep-alive-seconds", "1")))) {
            String events = "http://127.0.0.1:" + quick.port() + "/api/v1/screens/tuse/events";
            try (SseReader sse = SseReader.open(HTTP, events)) {
                assertEquals("changed", sse.next(WAIT).name());
                Thread.sleep(3_500);
                assertTrue(sse.comments() >= 2, "keep-alive comments: " + sse.comments());
                assertFalse(sse.ended(), "the stream is still open after its keep-alives");

                quick.app().items().save(event("test:keep-alive", "tuse", Instant.now().plus(Duration.ofDays(1))));
                SseReader.Event changed = sse.next(WAIT);
                assertEquals("changed", changed == null ? null : changed.name(), "a change still arrives");
            }
        }
    }

    @Test
    void producesNewFeedWhenAnItemExpiresWithoutAnyWrite() throws Exception {
        Instant now = Instant.now();
        Item flash = new Item("test:flash", "test", ItemKind.ANNOUNCEMENT, "Kort opslag", "", null, null, false, "",
                "", now, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofSeconds(3)), Set.of("regstrup"), null);
        server.app().items().save(flash);
        assertTrue(get("/api/v1/screens/regstrup/feed").body().contains("Kort opslag"));
        try (SseReader sse = SseReader.open(HTTP, url("/api/v1/screens/regstrup/events"))) {
            assertEquals("changed", sse.next(WAIT).name());
            SseReader.Event expired = sse.next(WAIT);
            assertEquals("changed", expired.name(), "a new feed is announced when the announcement expires");
            assertFalse(get("/api/v1/screens/regstrup/feed").body().contains("Kort opslag"));
        }
    }

    @Test
    void sseForUnknownScreenIsJsonNotFound() throws Exception {
        HttpResponse<String> r = get("/api/v1/screens/ingen/events");
        assertEquals(404, r.statusCode());
        assertEquals("screenId", Json.mapper().readTree(r.body()).get("field").asText());
    }

    @Test
    void acceptsHeartbeatWithDeviceTokenAndScreenshot() throws Exception {
        String png = Base64.getEncoder().encodeToString(tinyPng());
        HttpResponse<String> r = heartbeat("moerkoev", deviceToken("moerkoev"), "application/json",
                "{\"clientVersion\":\"0.1.0\",\"showing\":\"demo:moerkoev-julemarked\",\"uptimeSeconds\":42,"
                        + "\"screenshot\":\"" + png + "\"}");
        assertEquals(204, r.statusCode(), r.body());
        var status = server.app().statuses().find("moerkoev").orElseThrow();
        assertEquals("demo:moerkoev-julemarked", status.heartbeat().showing());
        assertEquals(42, status.heartbeat().uptimeSeconds());
        var stored = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                server.app().statuses().screenshot("moerkoev").orElseThrow()));
        assertEquals(2, stored.getWidth(), "the screenshot is stored as a PNG written anew, of the same pixels");
        assertEquals(0xff000000, stored.getRGB(1, 1));
    }

    @Test
    void refusesAScreenshotThatIsAPngSignatureFollowedByHtml() throws Exception {
        byte[] fake = ("\u0089PNG\r\n\u001a\n<html><script>alert(1)</script></html>").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = heartbeat("tuse", deviceToken("tuse"), "application/json",
                "{\"clientVersion\":\"1\",\"showing\":\"idle\",\"uptimeSeconds\":1,\"screenshot\":\""
                        + Base64.getEncoder().encodeToString(fake) + "\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("screenshot", Json.mapper().readTree(r.body()).get("field").asText());
        assertTrue(server.app().statuses().screenshot("tuse").isEmpty(), "nothing stored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/screens/moerkoev/feed", "/api/v1/areas", "/api/v1/screens/findes-ikke/feed",
            "/api/v1/posts", "/observe/health", "/login", "/no/such/page"})
    void everyAnswerForbidsTypeSniffing(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path + " " + r.statusCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "moerkoev | none  | application/json | {\"clientVersion\":\"1\",\"showing\":\"idle\",\"uptimeSeconds\":1} | 401 | Authorization",
            "moerkoev | tuse  | application/json | {\"clientVersion\":\"1\",\"showing\":\"idle\",\"uptimeSeconds\":1} | 401 | Authorization",
            "moerkoev | own   | text/plain       | {\"clientVersion\":\"1\",\"showing\":\"idle\",\"uptimeSeconds\":1} | 415 | Content-Type",
            "moerkoev | own   | application/json | {\"clientVersion\":\"1\",\"showing\":\"idle\"                      | 400 | ",
            "moerkoev | own   | application/json | {\"clientVersion\":\"\",\"showing\":\"idle\",\"uptimeSeconds\":1}  | 422 | clientVersion",
            "moerkoev | own   | application/json | {\"clientVersion\":\"1\",\"showing\":\"idle\",\"uptimeSeconds\":1,\"screenshot\":\"aGVq\"} | 422 | screenshot",
    })
    void refusesBadHeartbeatsClearly(String screen, String tokenOf, String type, String body, int status, String field)
            throws Exception {
        String token = switch (tokenOf) {
            case "own" -> deviceToken(screen);
            case "none" -> null;
            default -> deviceToken(tokenOf);
        };
        HttpResponse<String> r = heartbeat(screen, token, type, body);
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = Json.mapper().readTree(r.body());
        assertTrue(error.hasNonNull("error"));
        if (field != null) {
            assertEquals(field, error.get("field").asText());
        }
    }

    @Test
    void refusesScreenshotOverOneMegabyte() throws Exception {
        byte[] big = new byte[HeartbeatService.MAX_SCREENSHOT_BYTES + 1];
        System.arraycopy(tinyPng(), 0, big, 0, 8);
        HttpResponse<String> r = heartbeat("moerkoev", deviceToken("moerkoev"), "application/json",
                "{\"clientVersion\":\"1\",\"showing\":\"idle\",\"uptimeSeconds\":1,\"screenshot\":\""
                        + Base64.getEncoder().encodeToString(big) + "\"}");
        assertEquals(413, r.statusCode(), r.body());
    }

    private static byte[] tinyPng() throws IOException {
        var image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void listsWhatPlaysWhenWithTheScreensOwnRotation() throws Exception {
        String from = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        HttpResponse<String> r = get("/api/v1/screens/moerkoev/schedule?hours=1&from=" + from, "Cookie", adminCookie());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode schedule = Json.mapper().readTree(r.body());
        JsonNode plays = schedule.get("plays");
        assertTrue(plays.size() > 10, "an hour of rotation has many plays");
        Instant previousEnd = Instant.parse(from);
        assertEquals(previousEnd, Instant.parse(schedule.get("from").asText()));
        for (JsonNode play : plays) {
            assertEquals(previousEnd, Instant.parse(play.get("from").asText()), "plays follow each other without gaps");
            previousEnd = Instant.parse(play.get("until").asText());
        }
        assertEquals(Instant.parse(schedule.get("until").asText()), previousEnd);
        assertTrue(schedule.get("slides").has("demo:moerkoev-dialogmoede"), schedule.get("slides").toString());
    }

    @ParameterizedTest
    @CsvSource({"hours=0, hours", "hours=abc, hours", "from=i-morgen, from"})
    void refusesBadScheduleQueries(String query, String field) throws Exception {
        HttpResponse<String> r = get("/api/v1/screens/moerkoev/schedule?" + query, "Cookie", adminCookie());
        assertEquals(400, r.statusCode());
        assertEquals(field, Json.mapper().readTree(r.body()).get("field").asText());
    }

    @Test
    void publishesAreaEventsAsICalendarThatOurImporterReads() throws Exception {
        HttpResponse<String> r = get("/api/v1/areas/moerkoev/events.ics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        var result = dk.infoskaerm.content.importers.Importers.parse(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/calendar", URI.create(url("/")), dk.infoskaerm.content.importers.ImportRequest.of("rt",
                        Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(60))));
        assertEquals(List.of(), result.problems());
        List<String> titles = result.screenItems().stream().map(Item::title).toList();
        assertTrue(titles.contains("Julemarked i Mørkøv Hallen"), titles.toString());
        assertTrue(titles.contains("Go' Dialog: Fremtidens landsbyer"), "whole-municipality meetings too: " + titles);
        assertFalse(titles.contains("Julekoncert i Tuse Kirke"), "not other areas' events");
    }

    @Test
    void publishesAreaNewsAsRss() throws Exception {
        HttpResponse<String> r = get("/api/v1/areas/moerkoev/news.rss");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<rss") && r.body().contains("Nyt shelter ved Mørkøv Sø er klar"), r.body());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));
        assertEquals(404, get("/api/v1/areas/ingen-steder/news.rss").statusCode());
    }

    @Test
    void feedRequestsAreCountedInTheMetricsLikeEveryOtherRequest(@TempDir Path otherData) throws Exception {
        // a server of its own: Helidon's request meters live in the JVM's registry, which servers stopped by other
        // tests in this JVM leave behind
        try (InfoskaermServer own = InfoskaermServer.start(config(otherData, Map.of()))) {
            String base = "http://127.0.0.1:" + own.port();
            double before = metric(base, "requests_count_total");
            for (int i = 0; i < 5; i++) {
                assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/screens/oroe/feed")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            // the metrics request itself is counted too
            assertTrue(metric(base, "requests_count_total") >= before + 6, "five feed requests counted");
        }
    }

    @Test
    void metricsShowScreensSourcesPendingPostsAndFeedRebuilds() throws Exception {
        String text = get("/observe/metrics", "Accept", "text/plain").body();
        for (String status : List.of("online", "stale", "offline", "never")) {
            assertTrue(text.contains("infoskaerm_screens{scope=\"application\",status=\"" + status + "\""), status);
        }
        assertTrue(text.contains("infoskaerm_sources_failing"), text);
        assertTrue(text.contains("infoskaerm_posts_pending"), text);
        for (String cause : List.of("change", "time")) {
            assertTrue(text.lines().anyMatch(line -> line.startsWith("infoskaerm_feed_rebuild_seconds{")
                    && line.contains("cause=\"" + cause + "\"") && line.contains("quantile=\"0.99\"")), cause + ": " + text);
        }
    }

    @Test
    void theDataFolderAndItsSecretsAreTheServersUsersAlone() throws Exception {
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(Application.DEVICE_TOKENS_FILE))));
        if (server.app().db().url().startsWith("jdbc:h2:")) {
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir)));
            try (var files = Files.newDirectoryStream(dataDir, "infoskaerm*.db")) {
                int seen = 0;
                for (Path file : files) {
                    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(file)), file.toString());
                    seen++;
                }
                assertTrue(seen > 0, "the database file is there");
            }
        }
    }

    private double metric(String base, String name) throws IOException, InterruptedException {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/observe/metrics")).header("Accept", "text/plain")
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no metric " + name + " in " + text);
    }
}
