package dk.infoskaerm.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.client.ScreenClient;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.server.InfoskaermServer;
import dk.infoskaerm.server.accounts.Role;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Approval to frame: a volunteer's post in an area that needs approval is approved by an administrator, and the
 * clock runs until the Mørkøv screen client (headless, in this process, over real HTTP and SSE on loopback) shows it.
 * Approvals fall at random moments of the loop. Prints one line per run and a summary line of JSON.
 * Usage: {@code ApprovalToFrameBenchmark [runs]} (default 6).
 */
public final class ApprovalToFrameBenchmark {

    private static final String PASSWORD = "bench-kodeord-123";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApprovalToFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path dir = Files.createTempDirectory("approval-bench");
        ByteArrayOutputStream clientLog = new ByteArrayOutputStream();
        try (InfoskaermServer server = InfoskaermServer.start(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1",
                        "infoskaerm.data", dir.resolve("data").toString(), "infoskaerm.accounts.bcrypt-cost", "4")))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build())) {
            String base = "http://127.0.0.1:" + server.port();
            server.app().accounts().createWithPassword("bench-admin", Role.ADMIN, Set.of(), Set.of(), PASSWORD);
            server.app().accounts().createWithPassword("bench-frivillig", Role.VOLUNTEER, Set.of("moerkoev"), Set.of(),
                    PASSWORD);
            String[] admin = login(base, "bench-admin");
            String[] volunteer = login(base, "bench-frivillig");
            send(base, admin, "PUT", "/api/v1/moderation/areas/moerkoev", Map.of("moderation", "approval"));

            Path config = Files.writeString(dir.resolve("client.properties"), "server.url = " + base
                    + "\nscreen.id = moerkoev\ndisplay.mode = headless\npoll.seconds = 3600\n");
            Settings settings = Settings.load(config, true, false);
            Files.createDirectories(settings.cacheDir());
            PrintStream log = new PrintStream(clientLog, true, StandardCharsets.UTF_8);
            try (ScreenClient client = new ScreenClient(settings, false, log, log).start()) {
                waitFor(() -> client.current().find().isPresent(), Duration.ofSeconds(30));
                Random random = new Random(15);
                List<Double> toFeed = new ArrayList<>();
                List<Double> toFrame = new ArrayList<>();
                for (int i = 1; i <= runs; i++) {
                    JsonNode post = send(base, volunteer, "POST", "/api/v1/posts", Map.of(
                            "title", "Nyt opslag " + i, "text", "Målt fra godkendelse til skærm.",
                            "visibleUntil", OffsetDateTime.now().plusDays(7).toString(), "areas", List.of("moerkoev")));
                    String slideId = "post:" + post.get("id").asText();
                    Thread.sleep(1000 + random.nextInt(15_000));
                    Instant approved = Instant.now();
                    send(base, admin, "POST", "/api/v1/moderation/posts/" + post.get("id").asText() + "/approve", null);
                    waitFor(() -> client.current().find().map(f -> f.slides().stream()
                            .anyMatch(s -> s.id().equals(slideId))).orElse(false), Duration.ofSeconds(60));
                    double feed = Duration.between(approved, Instant.now()).toMillis() / 1000.0;
                    waitFor(() -> client.current().showingAt(Instant.now()).equals(slideId), Duration.ofSeconds(90));
                    double frame = Duration.between(approved, Instant.now()).toMillis() / 1000.0;
                    toFeed.add(feed);
                    toFrame.add(frame);
                    System.out.printf("run %d: approval to feed %.2f s, approval to frame %.2f s%n", i, feed, frame);
                }
                System.out.printf("{\"runs\": %d, \"feed_median_s\": %.2f, \"frame_median_s\": %.2f, "
                                + "\"frame_min_s\": %.2f, \"frame_max_s\": %.2f}%n", runs, median(toFeed),
                        median(toFrame), toFrame.stream().mapToDouble(d -> d).min().orElse(0),
                        toFrame.stream().mapToDouble(d -> d).max().orElse(0));
            }
        } catch (RuntimeException | Error e) {
            System.err.println("client log:\n" + clientLog);
            throw e;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private interface Check {
        boolean holds();
    }

    private static void waitFor(Check check, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** Logs in; returns the session cookie and the CSRF token. */
    private static String[] login(String base, String username) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.write(Map.of("username", username,
                        "password", PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login " + username + ": " + r.statusCode() + " " + r.body());
        }
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("isk_session="))
                .findFirst().orElseThrow().split(";")[0];
        return new String[] {cookie, Json.mapper().readTree(r.body()).get("csrfToken").asText()};
    }

    private static JsonNode send(String base, String[] who, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Cookie", who[0]).header("X-CSRF-Token", who[1])
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }
}
