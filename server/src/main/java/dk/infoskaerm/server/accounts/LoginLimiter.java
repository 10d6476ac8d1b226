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
 * Failed logins per account and per IP address within a sliding window. Kept in memory: each instance counts its
 * own failures, so behind a load balancer with n instances an attacker gets at most n times the limit, which is
 * acceptable for this service; it resets on restart.
 */
final class LoginLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int perAccount;
    private final int perIp;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginLimiter(int perAccount, int perIp, Duration window, Clock clock) {
        this.perAccount = perAccount;
        this.perIp = perIp;
        this.window = window;
        this.clock = clock;
    }

    /** When logins for {@code username} from {@code ip} may be tried again, if they are blocked now. */
    Optional<Instant> blockedUntil(String username, String ip) {
        Instant now = clock.instant();
        Instant a = until("user:" + username, perAccount, now);
        Instant b = until("ip:" + ip, perIp, now);
        Instant latest = a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
        return Optional.ofNullable(latest);
    }

    void failed(String username, String ip) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
        }
        record("user:" + username, now);
        record("ip:" + ip, now);
    }

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

    private Instant until(String key, int limit, Instant now) {
        Instant[] result = new Instant[1];
        failures.computeIfPresent(key, (k, q) -> {
            Deque<Instant> times = prune(q, now);
            if (times.size() >= limit) {
                result[0] = times.toArray(Instant[]::new)[times.size() - limit].plus(window);
            }
            return times.isEmpty() ? null : times;
        });
        return result[0];
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
        return times;
    }
}
