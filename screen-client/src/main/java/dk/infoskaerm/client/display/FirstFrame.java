package dk.infoskaerm.client.display;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** Reports once how long the first frame took from the start of the process; the benchmark reads this line. */
final class FirstFrame {

    private FirstFrame() {
    }

    static void report(PrintStream log, String where) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(null);
        String after = started == null ? "" : " " + Duration.between(started, Instant.now()).toMillis() + " ms after the process started";
        log.println(where + ": first frame shown" + after);
    }
}
