package dk.infoskaerm.client.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Listens to {@code GET {server}/api/v1/screens/{id}/events} (Server-Sent Events) and wakes the poller when a
 * {@code changed} event names an ETag other than the one held. Reconnects with exponential backoff and jitter; while
 * it is disconnected the poller's own interval keeps the feed fresh. A connection silent for longer than three
 * keep-alive periods is taken for dead and replaced.
 */
public final class ChangeEvents implements Runnable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SILENCE = Duration.ofSeconds(65);
    private static final Duration RETRY_BASE = Duration.ofSeconds(2);
    private static final Duration RETRY_CAP = Duration.ofMinutes(2);

    private final HttpClient http;
    private final FeedPoller poller;
    private final PrintStream log;
    private final Backoff backoff = new Backoff(RETRY_BASE, RETRY_CAP, ThreadLocalRandom.current());
    private final Clock clock = Clock.systemUTC();
    private volatile URI eventsUri;
    private volatile Consumer<Instant> onChanged = at -> { };
    private volatile InputStream open;
    private volatile Instant lastLine = Instant.EPOCH;
    private String lastProblem;
    private volatile boolean connected;

    /** Listens for {@code screenId}'s changes on {@code serverUrl} and wakes {@code poller}. */
    public ChangeEvents(URI serverUrl, String screenId, FeedPoller poller, PrintStream log) {
        this.poller = Objects.requireNonNull(poller, "poller");
        this.log = Objects.requireNonNull(log, "log");
        this.eventsUri = eventsUri(serverUrl, screenId);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    static URI eventsUri(URI serverUrl, String screenId) {
        String base = serverUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/api/v1/screens/" + URLEncoder.encode(screenId, StandardCharsets.UTF_8) + "/events");
    }

    /** Listens on {@code serverUrl} from the next connection on, dropping the current one. */
    public void reconfigure(URI serverUrl, String screenId) {
        URI next = eventsUri(serverUrl, screenId);
        if (!next.equals(eventsUri)) {
            eventsUri = next;
            closeQuietly(open);
        }
    }

    /** {@code listener} learns when a {@code changed} event with a new ETag arrived; for measurements. */
    public void onChanged(Consumer<Instant> listener) {
        this.onChanged = Objects.requireNonNull(listener, "listener");
    }

    /** Whether the event stream is open now. */
    boolean connected() {
        return connected;
    }

    /** Listens until interrupted. */
    @Override
    public void run() {
        Thread watchdog = Thread.ofPlatform().daemon().name("feed-events-watchdog").start(this::watch);
        int failures = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                URI uri = eventsUri;
                connected = false;
                try {
                    listen(uri);
                } catch (IOException e) {
                    if (Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException) {
                        // stopped while reading (the JDK client reports an interrupt as an IOException): no problem
                        Thread.currentThread().interrupt();
                        return;
                    }
                    // a stream that worked and then ended starts the backoff over
                    failures = connected ? 1 : failures + 1;
                    Duration delay = backoff.delayAfter(failures);
                    report("events: " + uri + ": " + reason(e) + "; polling meanwhile, reconnecting in "
                            + delay.toSeconds() + " s");
                    Thread.sleep(delay.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watchdog.interrupt();
            closeQuietly(open);
        }
    }

    /** Reads events from {@code uri} until the stream ends, which is always an {@link IOException}. */
    private void listen(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Cache-Control", "no-cache").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !type.startsWith("text/event-stream")) {
                throw new IOException("HTTP " + response.statusCode() + " " + type + " (no change events)");
            }
            open = body;
            connected = true;
            lastLine = clock.instant();
            if (lastProblem != null) {
                log.println("events: " + uri + " connected again");
                lastProblem = null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lastLine = clock.instant();
                if (line.isEmpty()) {
                    dispatch(event, data.toString());
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
            throw new IOException("the server closed the event stream");
        } finally {
            open = null;
        }
    }

    private void dispatch(String event, String data) {
        if (!"changed".equals(event)) {
            return;
        }
        String etag = null;
        try {
            JsonNode node = Json.mapper().readTree(data);
            etag = node != null && node.hasNonNull("etag") ? node.get("etag").asText() : null;
        } catch (IOException | RuntimeException e) {
            // an announcement we cannot read still says that something changed
        }
        if (etag == null || !etag.equals(poller.etag())) {
            onChanged.accept(clock.instant());
            poller.wake();
        }
    }

    /** Closes a connection that has been silent too long, so {@link #run} reconnects. */
    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(5_000);
                InputStream stream = open;
                if (stream != null && Duration.between(lastLine, clock.instant()).compareTo(SILENCE) > 0) {
                    closeQuietly(stream);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(String problem) {
        String key = problem.replaceAll("reconnecting in \\d+ s", "");
        if (!key.equals(lastProblem)) {
            log.println(problem);
            lastProblem = key;
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // closing is best effort: the reader sees the end either way
            }
        }
    }
}
