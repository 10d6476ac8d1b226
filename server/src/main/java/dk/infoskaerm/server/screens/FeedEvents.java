package dk.infoskaerm.server.screens;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Who listens for changes of which screen's feed, and telling them. */
public final class FeedEvents {

    private final Map<String, Set<Subscription>> byScreen = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Starts listening for changes of {@code screenId}'s feed; close the subscription when done. */
    public Subscription subscribe(String screenId) {
        Subscription s = new Subscription(screenId);
        byScreen.computeIfAbsent(screenId, id -> ConcurrentHashMap.newKeySet()).add(s);
        count.incrementAndGet();
        return s;
    }

    /** Tells every subscriber of {@code screenId} that its feed now has {@code etag}. */
    public void publish(String screenId, String etag) {
        Set<Subscription> subscribers = byScreen.get(screenId);
        if (subscribers != null) {
            for (Subscription s : subscribers) {
                s.pending.offer(etag);
            }
        }
    }

    /** How many subscriptions are open. */
    public int subscriberCount() {
        return count.get();
    }

    /** One listener's queue of ETags announced to it. */
    public final class Subscription implements AutoCloseable {

        private final String screenId;
        private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();

        private Subscription(String screenId) {
            this.screenId = screenId;
        }

        /** The newest ETag announced within {@code timeout}, or null when none was. */
        public String await(Duration timeout) throws InterruptedException {
            String etag = pending.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (etag != null) {
                for (String newer = pending.poll(); newer != null; newer = pending.poll()) {
                    etag = newer;
                }
            }
            return etag;
        }

        @Override
        public void close() {
            Set<Subscription> subscribers = byScreen.get(screenId);
            if (subscribers != null && subscribers.remove(this)) {
                count.decrementAndGet();
            }
        }
    }
}
