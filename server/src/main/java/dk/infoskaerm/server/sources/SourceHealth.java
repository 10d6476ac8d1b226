package dk.infoskaerm.server.sources;

import java.time.Instant;
import java.util.List;

/**
 * How a source's imports have gone.
 *
 * @param lastAttempt when it was last polled, or null
 * @param lastSuccess when it was last read successfully (a 304 counts), or null
 * @param lastError why the last poll failed, naming the URL; null after a success
 * @param itemCount items stored from it
 * @param problemCount problems met in the last successful import (items skipped or repaired)
 * @param problems the first of those problems
 * @param consecutiveFailures failed polls since the last success
 * @param nextPoll when it is due next
 */
public record SourceHealth(Instant lastAttempt, Instant lastSuccess, String lastError, int itemCount,
                           int problemCount, List<String> problems, int consecutiveFailures, Instant nextPoll) {

    /** Copies the problems. */
    public SourceHealth {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
