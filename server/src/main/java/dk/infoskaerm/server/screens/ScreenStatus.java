package dk.infoskaerm.server.screens;

import java.time.Duration;
import java.time.Instant;

/** Whether a screen is alive, from the age of its last heartbeat. */
public enum ScreenStatus {
    /** Heard from within {@link #ONLINE_WITHIN}. */
    ONLINE,
    /** Heard from within {@link #STALE_WITHIN}, but not lately. */
    STALE,
    /** Not heard from for longer. */
    OFFLINE,
    /** Never heard from. */
    NEVER;

    /** Three missed one-minute heartbeats. */
    public static final Duration ONLINE_WITHIN = Duration.ofMinutes(3);
    /** A quarter of an hour. */
    public static final Duration STALE_WITHIN = Duration.ofMinutes(15);

    /** The status of a screen last seen at {@code lastSeen} (or never, when null), at {@code now}. */
    public static ScreenStatus of(Instant lastSeen, Instant now) {
        if (lastSeen == null) {
            return NEVER;
        }
        Duration age = Duration.between(lastSeen, now);
        if (age.compareTo(ONLINE_WITHIN) <= 0) {
            return ONLINE;
        }
        return age.compareTo(STALE_WITHIN) <= 0 ? STALE : OFFLINE;
    }
}
