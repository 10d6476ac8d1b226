package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Benchmark helper (not a test): one screen as the display program behaves on the wire. It fetches its feed, holds
 * the Server-Sent Events stream open, fetches the feed again (If-None-Match) on every {@code changed} event and
 * every minute, and sends a heartbeat with its device token every minute. A stream that drops is an error; the
 * screen reconnects after the 5 s the server asks for, as the real client does.
 */
final class SimulatedScreen {

    static final Duration PERIOD = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECONNECT = Duration.ofSeconds(5);
    /**
     * Feed requests and heartbeats in flight at once, over all screens of this process. Real screens are separate
     * machines; one load process would otherwise open a connection for each of the ~1,000 screens that fetch at the
     * same moment after a change, and with 18,000+ event streams run out of the machine's 20,000 open files. The
     * latency is timed from when the request is sent, after the wait for a slot (the time a real screen sees).
     */
    private static final Semaphore IN_FLIGHT = new Semaphore(Integer.getInteger("scale.in-flight", 256));

    final String id;
    final int area;
    private final String token;
    private final HttpClient http;
    private final String base;
    private final LoadStats stats;
    private final Function<String, String> instanceOf;
    /** Instants (System.nanoTime) of approvals for this screen's area that its stream has not yet announced. */
    final ConcurrentLinkedQueue<Long> pending = new ConcurrentLinkedQueue<>();
    /** True once the current stream delivered its first event, so later events are changes. */
    volatile boolean subscribed;
    private volatile boolean running = true;
    private volatile String etag;
    private volatile String instance = "";
    private volatile Stream<String> stream;
    private long startedAt;

    /**
     * @param instanceOf names the instance that served a stream from its {@code X-Upstream} header value ("" when
     *                   absent)
     */
    SimulatedScreen(String id, int area, String token, HttpClient http, String base, LoadStats stats,
                    Function<String, String> instanceOf) {
        this.id = id;
        this.area = area;
        this.token = token;
        this.http = http;
        this.base = base;
        this.stats = stats;
        this.instanceOf = instanceOf;
    }

    /** Runs the screen from {@code startAt} (System.nanoTime) until {@link #stop()}; blocks. */
    void run(long startAt) {
        try {
            sleepUntil(startAt);
            startedAt = System.nanoTime();
            fetch(false);
            Thread.ofVirtual().name("sse-" + id).start(this::listen);
            heartbeat();
            for (long next = startAt + PERIOD.toNanos(); running; next += PERIOD.toNanos()) {
                sleepUntil(next);
                if (running) {
                    stats.feedPeriodic.increment();
                    fetch(true);
                    heartbeat();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
        Stream<String> s = stream;
        if (s != null) {
            s.close();
        }
    }

    private void listen() {
        while (running) {
            try {
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(uri("/events"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                stream = r.body();
                if (r.statusCode() != 200) {
                    stats.error("sse status " + r.statusCode());
                    r.body().close();
                } else {
                    instance = instanceOf.apply(r.headers().firstValue("X-Upstream").orElse(""));
                    read(r.body().iterator());
                    stats.error("sse stream dropped (ended)");
                }
            } catch (IOException | RuntimeException e) {
                stats.error("sse stream dropped (" + e.getClass().getSimpleName() + ")");
            } catch (InterruptedException e) {
                return;
            }
            subscribed = false;
            try {
                sleepUntil(System.nanoTime() + RECONNECT.toNanos());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void read(Iterator<String> lines) {
        String name = null;
        String data = null;
        while (running && lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if ("changed".equals(name)) {
                    changed(data);
                }
                name = null;
                data = null;
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).trim();
            }
        }
    }

    private void changed(String data) {
        long now = System.nanoTime();
        if (!subscribed) {
            // The first event of a stream names the current ETag; approvals before it are not this stream's to time.
            pending.clear();
            subscribed = true;
            stats.subscribed.increment();
        } else {
            for (Long t = pending.poll(); t != null; t = pending.poll()) {
                stats.changeArrived(instance, now - t);
            }
        }
        String announced = etagOf(data);
        if (announced == null) {
            stats.error("sse changed event without etag");
        } else if (!announced.equals(etag)) {
            stats.feedOnChange.increment();
            fetch(true);
        }
    }

    private static String etagOf(String data) {
        try {
            JsonNode etag = data == null ? null : Json.mapper().readTree(data).get("etag");
            return etag == null ? null : etag.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private void fetch(boolean conditional) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/feed")).timeout(TIMEOUT);
        String known = etag;
        if (conditional && known != null) {
            b.header("If-None-Match", known);
        }
        try {
            IN_FLIGHT.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long t = System.nanoTime();
        try {
            HttpResponse<Void> r = http.send(b.build(), HttpResponse.BodyHandlers.discarding());
            long took = System.nanoTime() - t;
            (conditional ? stats.feed : stats.firstFetch).add(took);
            if (r.statusCode() == 200) {
                stats.feed200.increment();
                etag = r.headers().firstValue("ETag").orElse(null);
            } else if (r.statusCode() == 304) {
                stats.feed304.increment();
            } else {
                stats.error("feed status " + r.statusCode());
            }
        } catch (IOException | RuntimeException e) {
            stats.error("feed " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            IN_FLIGHT.release();
        }
    }

    private void heartbeat() {
        long uptime = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
        String body = "{\"clientVersion\":\"scale-bench\",\"showing\":\"idle\",\"uptimeSeconds\":" + uptime + "}";
        try {
            IN_FLIGHT.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/heartbeat")).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 204) {
                stats.heartbeats.increment();
            } else {
                stats.error("heartbeat status " + r.statusCode());
            }
        } catch (IOException | RuntimeException e) {
            stats.error("heartbeat " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            IN_FLIGHT.release();
        }
    }

    private URI uri(String suffix) {
        return URI.create(base + "/api/v1/screens/" + id + suffix);
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
