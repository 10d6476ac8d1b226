package dk.infoskaerm.server.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final LoginLimiter limiter = new LoginLimiter(20, Duration.ofMinutes(15), Duration.ofSeconds(1),
            Duration.ofSeconds(3), clock);

    @Test
    void failuresOnAnAccountSlowItDownUpToTheCapButNeverBlockIt() {
        assertEquals(Duration.ZERO, limiter.delay("admin"));
        limiter.failed("admin", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), limiter.delay("admin"));
        limiter.failed("admin", "10.0.0.2");
        assertEquals(Duration.ofSeconds(2), limiter.delay("admin"));
        for (int i = 0; i < 50; i++) {
            limiter.failed("admin", "10.0.0.3");
        }
        assertEquals(Duration.ofSeconds(3), limiter.delay("admin"));
        assertFalse(limiter.blockedUntil("10.0.0.4").isPresent(), "another address logs in to the same account");
        assertEquals(Duration.ZERO, limiter.delay("lone"), "other accounts are not slowed down");
    }

    @Test
    void addressBlockLiftsWhenFailuresLeaveTheWindow() {
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(30));
            limiter.failed("navn" + i, "10.0.0.1");
        }
        assertTrue(limiter.blockedUntil("10.0.0.1").isPresent(), "per address, whatever the accounts");
        assertEquals(clock.instant().minus(Duration.ofSeconds(19 * 30)).plus(Duration.ofMinutes(15)),
                limiter.blockedUntil("10.0.0.1").orElseThrow());
        assertFalse(limiter.blockedUntil("10.0.0.2").isPresent());
        clock.advance(Duration.ofMinutes(6));
        assertFalse(limiter.blockedUntil("10.0.0.1").isPresent());
    }

    @Test
    void accountDelayEndsWithARightPasswordOrWhenFailuresLeaveTheWindow() {
        limiter.failed("lone", "10.0.0.1");
        limiter.failed("lone", "10.0.0.1");
        limiter.succeeded("lone");
        assertEquals(Duration.ZERO, limiter.delay("lone"));
        limiter.failed("lone", "10.0.0.1");
        clock.advance(Duration.ofMinutes(16));
        assertEquals(Duration.ZERO, limiter.delay("lone"));
    }

    @Test
    void aRightPasswordDoesNotResetTheAddressCount() {
        for (int i = 0; i < 19; i++) {
            limiter.failed("gaet" + i, "10.0.0.9");
        }
        limiter.succeeded("min-egen-konto");
        limiter.failed("gaet-igen", "10.0.0.9");
        assertTrue(limiter.blockedUntil("10.0.0.9").isPresent());
    }
}
