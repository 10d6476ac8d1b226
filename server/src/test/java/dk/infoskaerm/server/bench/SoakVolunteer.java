package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Benchmark helper (not a test): one volunteer of the soak load. Until the deadline, every 1 to 3 s, it creates a
 * post for one or two of its areas (half of its actions), edits one of its posts (title and text; a fifth of the
 * edits also its areas or start), or withdraws one. Every acknowledged write goes into the {@link SoakLedger}; a
 * write whose answer did not come (exception, 5xx) marks the post uncertain and counts as an error.
 */
final class SoakVolunteer {

    private static final String[] TOPICS = {"Loppemarked i hallen", "Fællesspisning i forsamlingshuset",
        "Arbejdsdag på legepladsen", "Borgermøde om stierne", "Juletræstænding på torvet", "Strikkecafé på biblioteket",
        "Løbeklub for begyndere", "Bytte-dag for børnetøj"};

    private final int number;
    private final ApiSession session;
    private final List<String> areas;
    private final Set<String> approvalAreas;
    private final SoakLedger ledger;
    private final LoadStats stats;
    private final List<SoakLedger.Entry> mine = new ArrayList<>();
    private int made;

    SoakVolunteer(int number, ApiSession session, List<String> areas, Set<String> approvalAreas, SoakLedger ledger,
                  LoadStats stats) {
        this.number = number;
        this.session = session;
        this.areas = List.copyOf(areas);
        this.approvalAreas = approvalAreas;
        this.ledger = ledger;
        this.stats = stats;
    }

    /** Acts until {@code deadline} (System.nanoTime); blocks. */
    void run(long deadline) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        try {
            while (true) {
                long next = System.nanoTime() + Duration.ofMillis(1000 + rnd.nextInt(2000)).toNanos();
                if (next >= deadline) {
                    return;
                }
                SimulatedScreen.sleepUntil(next);
                List<SoakLedger.Entry> live = mine.stream()
                        .filter(e -> !e.uncertain && !e.status().equals("withdrawn")).toList();
                double p = rnd.nextDouble();
                if (live.isEmpty() || p < 0.5) {
                    create(rnd);
                } else if (p < 0.8) {
                    edit(live.get(rnd.nextInt(live.size())), rnd);
                } else {
                    withdraw(live.get(rnd.nextInt(live.size())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void create(ThreadLocalRandom rnd) throws InterruptedException {
        String marker = String.format("v%02d-%04d", number, ++made);
        List<String> to = someAreas(rnd);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Mostly already visible, some opening within the next 12 h (inside the feed's 24 h horizon).
        Instant from = rnd.nextInt(10) == 0 ? now.plus(1 + rnd.nextInt(720), ChronoUnit.MINUTES)
                : now.minus(rnd.nextInt(360), ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "[" + marker + "] " + TOPICS[rnd.nextInt(TOPICS.length)]);
        body.put("text", "Opslag " + marker + " fra udholdenhedstesten.");
        body.put("areas", to);
        body.put("visibleFrom", from.toString());
        body.put("visibleUntil", now.plus(24 + rnd.nextInt(144), ChronoUnit.HOURS).toString());
        Answer a = send(session, "POST", "/api/v1/posts", body, stats, "create");
        if (a.status == 201) {
            expect(a.body, body, expectedStatus(to), "create");
            mine.add(ledger.created(a.body));
        } else if (a.unknown()) {
            ledger.unacknowledgedCreate(marker);
        } else {
            stats.error("create status " + a.status);
        }
    }

    private void edit(SoakLedger.Entry e, ThreadLocalRandom rnd) throws InterruptedException {
        e.lock.lock();
        try {
            JsonNode old = e.acked;
            List<String> to = new ArrayList<>();
            old.get("areas").forEach(a -> to.add(a.asText()));
            Map<String, Object> body = new HashMap<>();
            if (rnd.nextInt(5) == 0) {
                to.clear();
                to.addAll(someAreas(rnd));
                body.put("visibleFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS)
                        .minus(rnd.nextInt(360), ChronoUnit.MINUTES).toString());
            }
            int edition = rnd.nextInt(1_000_000);
            body.put("title", "[" + e.marker + "] " + TOPICS[rnd.nextInt(TOPICS.length)] + " (rettet " + edition + ")");
            body.put("text", "Opslag " + e.marker + ", rettelse " + edition + ".");
            body.put("areas", to);
            body.put("visibleUntil", old.get("visibleUntil").asText());
            Answer a = send(session, "PUT", "/api/v1/posts/" + e.id, body, stats, "edit");
            if (a.status == 200) {
                expect(a.body, body, expectedStatus(to), "edit");
                ledger.acknowledged(e, "edit", a.body);
            } else if (a.unknown()) {
                e.uncertain = true;
            } else {
                stats.error("edit status " + a.status);
            }
        } finally {
            e.lock.unlock();
        }
    }

    private void withdraw(SoakLedger.Entry e) throws InterruptedException {
        e.lock.lock();
        try {
            Answer a = send(session, "POST", "/api/v1/posts/" + e.id + "/withdraw", null, stats, "withdraw");
            if (a.status == 200) {
                expect(a.body, null, "withdrawn", "withdraw");
                ledger.acknowledged(e, "withdraw", a.body);
            } else if (a.unknown()) {
                e.uncertain = true;
            } else {
                stats.error("withdraw status " + a.status);
            }
        } finally {
            e.lock.unlock();
        }
    }

    private List<String> someAreas(ThreadLocalRandom rnd) {
        List<String> shuffled = new ArrayList<>(areas);
        Collections.shuffle(shuffled, rnd);
        return List.copyOf(shuffled.subList(0, rnd.nextInt(4) == 0 && areas.size() > 1 ? 2 : 1));
    }

    /** A volunteer's post goes to approval when any of its areas is on "approval", else it is published at once. */
    private String expectedStatus(List<String> to) {
        return to.stream().anyMatch(approvalAreas::contains) ? "pending" : "published";
    }

    /** Counts an error when an acknowledged answer does not show what was sent or the status the rules give. */
    static void expect(JsonNode answer, Map<String, Object> sent, String status, String what, LoadStats stats) {
        if (!status.equals(answer.path("status").asText())) {
            stats.error("status after " + what + " " + answer.path("status").asText() + ", expected " + status);
        }
        if (sent != null && (!sent.get("title").equals(answer.path("title").asText())
                || !sent.get("text").equals(answer.path("text").asText()))) {
            stats.error(what + " answered another title or text than sent");
        }
    }

    private void expect(JsonNode answer, Map<String, Object> sent, String status, String what) {
        expect(answer, sent, status, what, stats);
    }

    /** The answer to one write: its status (-1 when none came) and JSON body. */
    record Answer(int status, JsonNode body) {

        /** No answer, or a 5xx: the write may or may not have been stored. */
        boolean unknown() {
            return status < 0 || status >= 500;
        }
    }

    /** Sends one request as {@code s}; an exception counts as the error "{what} ExceptionName" and answers -1. */
    static Answer send(ApiSession s, String method, String path, Object body, LoadStats stats, String what)
            throws InterruptedException {
        try {
            HttpResponse<String> r = s.send(method, path, body);
            JsonNode json = r.body().isEmpty() || r.statusCode() / 100 != 2 ? null : Json.mapper().readTree(r.body());
            if (r.statusCode() >= 500) {
                stats.error(what + " status " + r.statusCode());
            }
            return new Answer(r.statusCode(), json);
        } catch (IOException | RuntimeException e) {
            stats.error(what + " " + e.getClass().getSimpleName());
            return new Answer(-1, null);
        }
    }
}
