package dk.infoskaerm.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real SSE client for tests: reads events from a URL on a virtual thread into a queue. */
public final class SseReader implements AutoCloseable {

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger comments = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean ended;
    private final InputStream body;
    private final Thread thread;

    private SseReader(InputStream body) {
        this.body = body;
        this.thread = Thread.ofVirtual().start(this::read);
    }

    /** Connects to {@code url}; fails unless it answers 200 with an event stream. */
    public static SseReader open(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String text = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            throw new IOException("SSE " + url + " answered " + response.statusCode() + ": " + text);
        }
        return new SseReader(response.body());
    }

    /** The next event, waiting at most {@code timeout}; null when none came. */
    public Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException e) {
            // closed
        }
        ended = true;
    }

    /** How many comment lines (keep-alives) arrived. */
    public int comments() {
        return comments.get();
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() throws IOException {
        body.close();
        thread.interrupt();
    }

    /**
     * One event.
     *
     * @param name the event name
     * @param data its data lines, joined
     */
    public record Event(String name, String data) {
    }
}
