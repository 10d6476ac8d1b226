package dk.infoskaerm.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins within a sliding window, counted per client address and per account. Too many from one address
 * refuse further logins from that address until the window has passed. Failures on an account never refuse it —
 * that would let anyone lock anyone out, administrators included — but slow every login to it down by a delay that
 * grows with its failures up to a cap. Kept in memory: each instance counts its own failures, so behind a load
 * balancer with n instances an attacker gets at most n times the limit, which is acceptable for this service; it
 * resets on restart.
 */
final class LoginLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int perIp;
    private final Duration window;
    private final Duration delayPerFailure;
    private final Duration maxDelay;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginLimiter(int perIp, Duration window, Duration delayPerFailure, Duration maxDelay, Clock clock) {
        this.perIp = perIp;
        this.window = window;
        this.delayPerFailure = delayPerFailure;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /** When logins from {@code ip} may be tried again, if that address is blocked now. */
    Optional<Instant> blockedUntil(String ip) {
        Instant now = clock.instant();
        Instant[] until = new Instant[1];
        failures.computeIfPresent("ip:" + ip, (k, q) -> {
            Deque<Instant> times = prune(q, now);
            if (times.size() >= perIp) {
                until[0] = times.toArray(Instant[]::new)[times.size() - perIp].plus(window);
            }
            return times.isEmpty() ? null : times;
        });
        return Optional.ofNullable(until[0]);
    }

    /** How long a login to {@code username} waits before its password is checked: per recent failure, capped. */
    Duration delay(String username) {
        Instant now = clock.instant();
        int[] count = new int[1];
        failures.computeIfPresent("user:" + username, (k, q) -> {
            Deque<Instant> times = prune(q, now);
            count[0] = times.size();
            return times.isEmpty() ? null : times;
        });
        Duration delay = delayPerFailure.multipliedBy(count[0]);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    void failed(String username, String ip) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
        }
        record("user:" + username, now);
        record("ip:" + ip, now);
    }

    /** A right password ends the account's delay; its address keeps its count, so a known login cannot reset it. */
    void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, q) -> {
            Deque<Instant> times = q == null ? new ArrayDeque<>() : prune(q, now);
            times.addLast(now);
            return times;
        });
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
        return times;
    }
}
