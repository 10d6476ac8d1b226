package dk.infoskaerm.client.display;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reports once how long the first frame took from the start of the process, the processor time spent until then
 * (a figure that other load on the machine moves less), and when it was shown; the benchmark reads this line.
 */
final class FirstFrame {

    /** Linux's USER_HZ, the unit of the start time in {@code /proc/self/stat}; 100 on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private FirstFrame() {
    }

    static void report(PrintStream log, String where) {
        Instant now = Instant.now();
        String after = processAge().map(age -> " " + age.toMillis() + " ms after the process started").orElse("");
        String cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> ", " + d.toMillis() + " ms of CPU")
                .orElse("");
        log.println(where + ": first frame shown" + after + cpu + " (at " + now.toEpochMilli() + " ms since the epoch)");
    }

    /**
     * How long the process has been running. {@link ProcessHandle.Info#startInstant()} is off by up to a second on
     * Linux (it adds the start tick to the boot time, which the kernel gives in whole seconds), so on Linux both ends
     * come from the same clock: {@code /proc/uptime} and the start tick in {@code /proc/self/stat}.
     */
    static Optional<Duration> processAge() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double started = Long.parseLong(fields[19]) / TICKS_PER_SECOND;   // field 22, starttime
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Optional.of(Duration.ofMillis(Math.round((uptime - started) * 1000)));
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, Instant.now()));
        }
    }
}
