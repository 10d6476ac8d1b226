package dk.infoskaerm.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Benchmark driver (not a test): opens N Server-Sent Events connections to a running server, spread over its
 * screens, reports the server's resident memory with all of them open, and optionally the latency from a change
 * to the event's arrival at every subscriber.
 *
 * <p>Usage: {@code SseLoad BASE_URL SERVER_PID CONNECTIONS [ADMIN_ONE_TIME_PASSWORD]}. Connections are spread
 * over the screens of all areas. With the administrator's one-time password, a volunteer's announcement for every
 * area is prepared first ({@link ApprovalScenario}); once all connections are open, the administrator approves
 * it, and the driver reports p50/p99/max of the time from just before the approval request to each subscriber's
 * next {@code changed} event. Prints one line {@code key=value …} for the calling script.
 */
public final class SseLoad {

    private SseLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int connections = Integer.parseInt(args[2]);
        ApprovalScenario approval = args.length > 3 ? ApprovalScenario.prepare(base, args[3]) : null;
        String[] screens = screens(base);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        CountDownLatch connected = new CountDownLatch(connections);
        CountDownLatch changed = new CountDownLatch(connections);
        ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong triggeredAt = new AtomicLong(Long.MAX_VALUE);
        List<Stream<String>> open = Collections.synchronizedList(new ArrayList<>());

        for (int i = 0; i < connections; i++) {
            URI uri = URI.create(base + "/api/v1/screens/" + screens[i % screens.length] + "/events");
            Thread.ofVirtual().start(() -> {
                try {
                    HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                    open.add(response.body());
                    Iterator<String> lines = response.body().iterator();
                    boolean first = true;
                    while (lines.hasNext()) {
                        String l = lines.next();
                        if (!l.startsWith("event:") || !l.substring(6).trim().equals("changed")) {
                            continue;
                        }
                        if (first) {
                            first = false;
                            connected.countDown();
                        } else if (triggeredAt.get() != Long.MAX_VALUE) {
                            arrivals.add(System.nanoTime() - triggeredAt.get());
                            changed.countDown();
                            break;
                        }
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    failures.incrementAndGet();
                    connected.countDown();
                    changed.countDown();
                }
            });
            if (i % 500 == 499) {
                Thread.sleep(200);
            }
        }
        boolean allConnected = connected.await(180, TimeUnit.SECONDS);
        Thread.sleep(3000);
        long rssKb = rssKb(pid);
        StringBuilder line = new StringBuilder("connections=" + connections + " connected=" + allConnected
                + " failures=" + failures.get() + " server_rss_mb=" + (rssKb / 1024));
        if (approval != null) {
            triggeredAt.set(System.nanoTime());
            approval.approve();
            boolean all = changed.await(60, TimeUnit.SECONDS);
            List<Long> sorted = arrivals.stream().sorted().toList();
            line.append(" all_notified=").append(all).append(" notified=").append(sorted.size())
                    .append(" p50_ms=").append(ms(sorted, 0.50)).append(" p99_ms=").append(ms(sorted, 0.99))
                    .append(" max_ms=").append(ms(sorted, 1.0));
        }
        System.out.println(line);
        open.forEach(Stream::close);
        System.exit(0);
    }

    private static String[] screens(String base) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/areas")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> slugs = new ArrayList<>();
        for (var area : dk.infoskaerm.content.json.Json.mapper().readTree(r.body())) {
            slugs.add(area.get("slug").asText());
        }
        return slugs.toArray(String[]::new);
    }

    private static String ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "n/a";
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return String.format("%.1f", sorted.get(Math.max(0, index)) / 1e6);
    }

    private static long rssKb(long pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for pid " + pid);
    }
}
