package dk.infoskaerm.server.http;

import io.helidon.http.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} requests per client address within a sliding window, for the public forms that need no
 * account. Kept in memory per instance, like the login limiter: n instances allow n times the limit.
 */
public final class AddressThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final String refusal;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** {@code max} per {@code window} per address, on {@code clock}; {@code refusal} is the {@link ApiTexts} key of the 429. */
    public AddressThrottle(int max, Duration window, Clock clock, String refusal) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        this.max = max;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        if (!ApiTexts.has(refusal)) {
            throw new IllegalArgumentException("refusal is no key of ApiTexts: " + refusal);
        }
    }

    /** Counts a request from {@code address}; 429 with a Danish message when it is one too many. */
    public void acquire(String address) {
        Instant now = clock.instant();
        if (recent.size() > MAX_KEYS) {
            recent.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
        }
        boolean[] refused = new boolean[1];
        recent.compute(address, (k, q) -> {
            Deque<Instant> times = q == null ? new ArrayDeque<>() : prune(q, now);
            if (times.size() >= max) {
                refused[0] = true;
            } else {
                times.addLast(now);
            }
            return times;
        });
        if (refused[0]) {
            throw new ApiException(Status.TOO_MANY_REQUESTS_429, refusal, null);
        }
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
        return times;
    }
}
