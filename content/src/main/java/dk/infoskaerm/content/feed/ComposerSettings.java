package dk.infoskaerm.content.feed;

import java.time.Duration;

/**
 * The knobs of {@link FeedComposer}.
 *
 * @param lookAhead how far ahead events and meetings are announced
 * @param newsMaxAge how long news stays on screen after it was published
 * @param maxPerKind cap on slides of one kind, so one busy kind cannot fill the loop
 * @param minDwellSeconds shortest time a slide stays on screen
 * @param maxDwellSeconds longest time a slide stays on screen
 */
public record ComposerSettings(Duration lookAhead, Duration newsMaxAge, int maxPerKind,
                               int minDwellSeconds, int maxDwellSeconds) {

    /** Sensible defaults for a screen read in passing. */
    public static final ComposerSettings DEFAULTS =
            new ComposerSettings(Duration.ofDays(14), Duration.ofDays(14), 12, 8, 20);

    /** Validates the ranges. */
    public ComposerSettings {
        if (lookAhead.isNegative() || lookAhead.isZero()) {
            throw new IllegalArgumentException("lookAhead must be positive: " + lookAhead);
        }
        if (newsMaxAge.isNegative() || newsMaxAge.isZero()) {
            throw new IllegalArgumentException("newsMaxAge must be positive: " + newsMaxAge);
        }
        if (maxPerKind < 1) {
            throw new IllegalArgumentException("maxPerKind must be at least 1: " + maxPerKind);
        }
        if (minDwellSeconds < 1 || maxDwellSeconds < minDwellSeconds) {
            throw new IllegalArgumentException("dwell range invalid: " + minDwellSeconds + ".." + maxDwellSeconds);
        }
    }
}
