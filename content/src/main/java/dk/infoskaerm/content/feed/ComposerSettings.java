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
 * @param recurEvery how often the recurring slides ("Har du en idé?", "Book en politiker") are shown at most;
 *                   zero means once per loop
 */
public record ComposerSettings(Duration lookAhead, Duration newsMaxAge, int maxPerKind,
                               int minDwellSeconds, int maxDwellSeconds, Duration recurEvery) {

    /** Sensible defaults for a screen read in passing. */
    public static final ComposerSettings DEFAULTS =
            new ComposerSettings(Duration.ofDays(14), Duration.ofDays(14), 12, 8, 20, Duration.ZERO);

    /** Settings whose recurring slides are shown once per loop. */
    public ComposerSettings(Duration lookAhead, Duration newsMaxAge, int maxPerKind, int minDwellSeconds,
                            int maxDwellSeconds) {
        this(lookAhead, newsMaxAge, maxPerKind, minDwellSeconds, maxDwellSeconds, Duration.ZERO);
    }

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
        if (recurEvery == null || recurEvery.isNegative()) {
            throw new IllegalArgumentException("recurEvery must be zero or positive: " + recurEvery);
        }
        if (minDwellSeconds < 1 || maxDwellSeconds < minDwellSeconds) {
            throw new IllegalArgumentException("dwell range invalid: " + minDwellSeconds + ".." + maxDwellSeconds);
        }
    }
}
