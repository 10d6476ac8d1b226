package dk.infoskaerm.server.durability;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes through the API from several threads at once (a volunteer's posts, an administrator's approvals and urgent
 * messages) and records every write the server acknowledged with 2xx; after the {@code killAfter}th acknowledgement
 * it kills the server, and the writers stop when the server no longer answers.
 */
final class WriteBurst {

    private static final int POSTERS = 2;
    private static final Duration LONGEST = Duration.ofSeconds(30);

    private final Session volunteer;
    private final Session admin;
    private final String moderatedArea;
    private final String openArea;
    private final int killAfter;
    private final Runnable kill;
    private final long deadline;
    private final AtomicInteger acknowledgements = new AtomicInteger();
    private final LinkedBlockingQueue<String> awaitingApproval = new LinkedBlockingQueue<>();
    private final Set<String> pendingPosts = ConcurrentHashMap.newKeySet();
    private final Set<String> publishedPosts = ConcurrentHashMap.newKeySet();
    private final Set<String> approvals = ConcurrentHashMap.newKeySet();
    private final Set<String> urgentMessages = ConcurrentHashMap.newKeySet();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private volatile boolean killed;

    /** What the server acknowledged: post ids by the status it answered, approved post ids, urgent message ids. */
    record Acknowledged(Set<String> pendingPosts, Set<String> publishedPosts, Set<String> approvals,
                        Set<String> urgentMessages, List<String> refusals) {

        int total() {
            return pendingPosts.size() + publishedPosts.size() + approvals.size() + urgentMessages.size();
        }

        @Override
        public String toString() {
            return total() + " acknowledged writes: " + (pendingPosts.size() + publishedPosts.size()) + " posts ("
                    + pendingPosts.size() + " pending), " + approvals.size() + " approvals, " + urgentMessages.size()
                    + " urgent messages" + (refusals.isEmpty() ? "" : "; " + refusals.size() + " refused: " + refusals);
        }
    }

    private WriteBurst(Session volunteer, Session admin, String moderatedArea, String openArea, int killAfter,
                       Runnable kill) {
        this.volunteer = volunteer;
        this.admin = admin;
        this.moderatedArea = moderatedArea;
        this.openArea = openArea;
        this.killAfter = killAfter;
        this.kill = kill;
        this.deadline = System.nanoTime() + LONGEST.toNanos();
    }

    /** Runs the burst until the server is killed (or half a minute has passed) and the writers have stopped. */
    static Acknowledged run(Session volunteer, Session admin, String moderatedArea, String openArea, int killAfter,
                            Runnable kill) throws InterruptedException {
        WriteBurst burst = new WriteBurst(volunteer, admin, moderatedArea, openArea, killAfter, kill);
        ExecutorService writers = Executors.newFixedThreadPool(POSTERS + 2);
        try {
            for (int i = 0; i < POSTERS; i++) {
                int poster = i;
                writers.submit(() -> burst.loop(n -> burst.post(poster, n)));
            }
            writers.submit(() -> burst.loop(n -> burst.approve()));
            writers.submit(() -> burst.loop(burst::urgent));
            writers.shutdown();
            if (!writers.awaitTermination(LONGEST.toSeconds() + 20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the writers did not stop within " + (LONGEST.toSeconds() + 20) + " s");
            }
        } finally {
            writers.shutdownNow();
        }
        if (!burst.killed) {
            burst.killNow();
        }
        return new Acknowledged(Set.copyOf(burst.pendingPosts), Set.copyOf(burst.publishedPosts),
                Set.copyOf(burst.approvals), Set.copyOf(burst.urgentMessages), List.copyOf(burst.refusals));
    }

    /** One kind of write, the {@code n}th of its thread. */
    @FunctionalInterface
    private interface Write {
        void run(int n) throws IOException, InterruptedException;
    }

    private void loop(Write write) {
        for (int n = 0; !killed && System.nanoTime() < deadline; n++) {
            try {
                write.run(n);
            } catch (IOException e) {
                if (!killed) {
                    refusals.add("no answer before the kill: " + e);
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                refusals.add("failed: " + e);
                return;
            }
        }
    }

    private void post(int poster, int n) throws IOException, InterruptedException {
        String area = n % 2 == 0 ? moderatedArea : openArea;
        Session.Answer a = volunteer.call("POST", "/api/v1/posts", Map.of("title", "Opslag " + poster + "-" + n,
                "text", "Skrevet i et hug.", "areas", List.of(area),
                "visibleUntil", OffsetDateTime.now().plusDays(7).toString()));
        if (refused(a, "post")) {
            return;
        }
        String id = a.json().get("id").asText();
        if ("pending".equals(a.json().get("status").asText())) {
            pendingPosts.add(id);
            awaitingApproval.add(id);
        } else {
            publishedPosts.add(id);
        }
        acknowledged();
    }

    private void approve() throws IOException, InterruptedException {
        String id = awaitingApproval.poll(20, TimeUnit.MILLISECONDS);
        if (id == null) {
            return;
        }
        Session.Answer a = admin.call("POST", "/api/v1/moderation/posts/" + id + "/approve", null);
        if (refused(a, "approval of " + id)) {
            return;
        }
        approvals.add(id);
        acknowledged();
    }

    private void urgent(int n) throws IOException, InterruptedException {
        Session.Answer a = admin.call("POST", "/api/v1/urgent", Map.of("text", "Akut besked " + n,
                "areas", List.of(moderatedArea)));
        if (refused(a, "urgent message")) {
            return;
        }
        urgentMessages.add(a.json().get("id").asText());
        acknowledged();
    }

    private boolean refused(Session.Answer a, String what) {
        if (a.ok()) {
            return false;
        }
        refusals.add(what + " answered " + a.status() + ": " + a.json());
        return true;
    }

    private void acknowledged() {
        if (acknowledgements.incrementAndGet() == killAfter) {
            killNow();
        }
    }

    private void killNow() {
        killed = true;
        kill.run();
    }
}
