package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Benchmark helper (not a test): the administrator of the soak load. Every half second until the deadline it reads
 * the approval queue and decides each post in it that the ledger knows as pending: approves nine in ten, rejects
 * the tenth with a reason. Posts the ledger has not yet recorded (their create's answer is still on its way) wait
 * for the next round.
 */
final class SoakModerator {

    private static final Duration ROUND = Duration.ofMillis(500);

    private final ApiSession admin;
    private final SoakLedger ledger;
    private final LoadStats stats;

    SoakModerator(ApiSession admin, SoakLedger ledger, LoadStats stats) {
        this.admin = admin;
        this.ledger = ledger;
        this.stats = stats;
    }

    /** Moderates until {@code deadline} (System.nanoTime); blocks. */
    void run(long deadline) {
        try {
            for (long next = System.nanoTime() + ROUND.toNanos(); next < deadline; next += ROUND.toNanos()) {
                SimulatedScreen.sleepUntil(next);
                SoakVolunteer.Answer queue = SoakVolunteer.send(admin, "GET", "/api/v1/moderation/queue", null, stats,
                        "queue");
                if (queue.status() != 200) {
                    if (!queue.unknown()) {
                        stats.error("queue status " + queue.status());
                    }
                    continue;
                }
                for (JsonNode post : queue.body()) {
                    if (System.nanoTime() >= deadline) {
                        return;
                    }
                    ledger.find(post.get("id").asText()).ifPresent(this::decide);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void decide(SoakLedger.Entry e) {
        e.lock.lock();
        try {
            if (e.uncertain || !e.status().equals("pending")) {
                return;
            }
            boolean reject = ThreadLocalRandom.current().nextInt(10) == 0;
            String what = reject ? "reject" : "approve";
            SoakVolunteer.Answer a = SoakVolunteer.send(admin, "POST", "/api/v1/moderation/posts/" + e.id + "/" + what,
                    reject ? Map.of("reason", "Afvist af udholdenhedstesten.") : null, stats, what);
            if (a.status() == 200) {
                SoakVolunteer.expect(a.body(), null, reject ? "rejected" : "published", what, stats);
                ledger.acknowledged(e, what, a.body());
            } else if (a.unknown()) {
                e.uncertain = true;
            } else {
                stats.error(what + " status " + a.status());
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            e.lock.unlock();
        }
    }
}
