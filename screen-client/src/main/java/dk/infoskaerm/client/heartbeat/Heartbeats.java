package dk.infoskaerm.client.heartbeat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.feed.Notices;
import dk.infoskaerm.client.feed.TechnicianNotice;
import dk.infoskaerm.render.Bitmaps;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.Pictures;
import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.json.Json;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells the server every {@code heartbeat.seconds} that the screen is alive and what it shows
 * ({@code POST {server}/api/v1/screens/{id}/heartbeat} with the device token), with a small PNG of what is on the
 * display every {@code screenshot.minutes}, and with the first heartbeat after a new feed was applied, so an urgent
 * message come or gone shows on the dashboard within one heartbeat: captured from the window when the display can
 * give it, else the rendered frame. Without a device token it sends nothing. Failures are reported once.
 */
public final class Heartbeats implements Runnable {

    /** Screenshots are scaled to this width: a 1080p frame becomes 480×270, some tens of kilobytes. */
    static final int SCREENSHOT_WIDTH = 480;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<Settings> settings;
    private final CurrentFeed current;
    private final Clock clock;
    private final PrintStream log;
    private final Supplier<Optional<BufferedImage>> screen;
    private final Instant started;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Instant lastScreenshot;
    private CurrentFeed.Applied feedAtLastScreenshot;
    private String lastProblem;

    /** Heartbeats for the screen {@code settings} name, reporting what {@code current} shows, with rendered frames. */
    public Heartbeats(Supplier<Settings> settings, CurrentFeed current, Clock clock, PrintStream log) {
        this(settings, current, clock, log, Optional::empty);
    }

    /** As the other, with screenshots from {@code screen} (what the display shows), rendered when it has none. */
    public Heartbeats(Supplier<Settings> settings, CurrentFeed current, Clock clock, PrintStream log,
                      Supplier<Optional<BufferedImage>> screen) {
        this.screen = Objects.requireNonNull(screen, "screen");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.current = Objects.requireNonNull(current, "current");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.started = ProcessHandle.current().info().startInstant().orElse(clock.instant());
    }

    /** Sends heartbeats until interrupted. */
    @Override
    public void run() {
        boolean said = false;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Settings now = settings.get();
                if (now.deviceToken().isPresent()) {
                    try {
                        sendOnce();
                    } catch (RuntimeException e) {
                        report("heartbeat: skipped: " + e);
                    }
                    said = false;
                } else if (!said) {
                    log.println("heartbeat: no " + Settings.DEVICE_TOKEN + " in " + now.file()
                            + ", so no heartbeats; the server will list this screen as silent");
                    said = true;
                }
                Thread.sleep(now.heartbeat().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends one heartbeat (with a screenshot when one is due) and returns the HTTP status, or -1 without answer. */
    public int sendOnce() throws InterruptedException {
        Settings now = settings.get();
        URI uri = heartbeatUri(now.serverUrl().orElseThrow(), now.screenId());
        Instant at = clock.instant();
        CurrentFeed.Applied feed = current.applied();
        boolean withScreenshot = lastScreenshot == null || feed != feedAtLastScreenshot
                || Duration.between(lastScreenshot, at).compareTo(now.screenshot()) >= 0;
        byte[] body = body(at, withScreenshot, now.width(), now.height());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + now.deviceToken().orElseThrow())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean refused = response.statusCode() == 401 || response.statusCode() == 403;
            current.setNotice(TechnicianNotice.Source.DEVICE, refused
                    ? Notices.refusedToken(now.screenId(), now.serverUrl().orElseThrow(), response.statusCode()) : null);
            if (response.statusCode() / 100 == 2) {
                if (withScreenshot) {
                    lastScreenshot = at;
                    feedAtLastScreenshot = feed;
                }
                if (lastProblem != null) {
                    log.println("heartbeat: " + uri + " accepts heartbeats again");
                    lastProblem = null;
                }
            } else {
                report("heartbeat: POST " + uri + ": HTTP " + response.statusCode() + ": " + firstLine(response.body())
                        + (response.statusCode() == 401 ? " (check " + Settings.DEVICE_TOKEN + " in " + now.file() + ")" : ""));
            }
            return response.statusCode();
        } catch (IOException e) {
            report("heartbeat: POST " + uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : firstLine(e.getMessage())) + "; trying again each interval");
            return -1;
        }
    }

    byte[] body(Instant at, boolean withScreenshot, int width, int height) {
        Feed feed = current.find().orElse(null);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("clientVersion", clientVersion());
        node.put("showing", current.showingAt(at));
        node.put("uptimeSeconds", Math.max(0, Duration.between(started, at).toSeconds()));
        if (withScreenshot) {
            BufferedImage shown = screen.get().orElseGet(() -> rendered(feed, current.playAt(at).orElse(null),
                    current.pictures(), at, width, height));
            node.put("screenshot", Base64.getEncoder().encodeToString(screenshot(shown)));
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The frame at {@code at} as the renderer draws it: for a client without a display to capture. */
    static BufferedImage rendered(Feed feed, Feed.Play play, Pictures pictures, Instant at, int width, int height) {
        return FrameRenderer.isDarkAt(feed, at) ? FrameRenderer.render(feed, at, width, height).image()
                : FrameRenderer.render(feed, play, at, width, height, pictures).image();
    }

    /** {@code frame} scaled to {@link #SCREENSHOT_WIDTH} pixels wide, as PNG. */
    static byte[] screenshot(BufferedImage frame) {
        int width = frame.getWidth();
        int height = frame.getHeight();
        int w = Math.min(SCREENSHOT_WIDTH, width);
        int h = Math.max(1, Math.round((float) height * w / width));
        return Bitmaps.png(Bitmaps.scaled(frame, w, h));
    }

    static URI heartbeatUri(URI serverUrl, String screenId) {
        String base = serverUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/api/v1/screens/" + URLEncoder.encode(screenId, StandardCharsets.UTF_8) + "/heartbeat");
    }

    /** The version in the jar's manifest, or {@code dev} when run from classes. */
    static String clientVersion() {
        String version = Heartbeats.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private void report(String problem) {
        if (!problem.equals(lastProblem)) {
            log.println(problem);
            lastProblem = problem;
        }
    }

    private static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? "no body" : t.lines().findFirst().orElse(t);
    }
}
