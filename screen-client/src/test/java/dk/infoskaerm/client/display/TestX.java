package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** For window tests: a real X server without a screen (Xvfb, installed by {@code bin/test-setup}) and child JVMs on it. */
public final class TestX {

    private TestX() {
    }

    /**
     * Starts Xvfb of {@code width}×{@code height} on the first free display number from 91, adds it to {@code started}
     * and returns ":N" once it accepts clients; {@code extra} are more options for Xvfb.
     */
    public static String startXvfb(Path dir, List<Process> started, int width, int height, String... extra)
            throws IOException, InterruptedException {
        Path xvfb = List.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb").stream().map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        assertNotNull(xvfb, "Xvfb not found: run bin/test-setup (it installs Debian's xvfb), or apt-get install xvfb");
        for (int n = 91; n < 140; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            List<String> command = new ArrayList<>(List.of(xvfb.toString(), ":" + n, "-screen", "0",
                    width + "x" + height + "x24", "-nolisten", "tcp"));
            command.addAll(List.of(extra));
            Process x = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("xvfb.log").toFile()).start();
            started.add(x);
            Instant deadline = Instant.now().plusSeconds(15);
            while (x.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            if (x.isAlive() && Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return ":" + n;
            }
            x.destroy();
            started.remove(x);
        }
        throw new AssertionError("Xvfb did not start on any display :91..:139; see " + dir.resolve("xvfb.log"));
    }

    /** A child JVM with this test's class path running {@code mainClass} on {@code display}, output to {@code log}. */
    public static Process java(String display, Path log, String mainClass, String... args) throws IOException {
        return java(display, Map.of(), log, mainClass, args);
    }

    /** As the other, with {@code environment} added to the child's. */
    public static Process java(String display, Map<String, String> environment, Path log, String mainClass,
                               String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=false",
                "-Duser.language=da", "-Duser.country=DK", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Waits up to 30 s until {@code log} contains {@code text}; fails, showing the log, when it does not. */
    public static void awaitLine(Path log, String text, Process process) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && process.isAlive()
                && !(Files.exists(log) && Files.readString(log).contains(text))) {
            Thread.sleep(50);
        }
        String seen = Files.exists(log) ? Files.readString(log) : "";
        assertTrue(seen.contains(text), "no '" + text + "' in the output:\n" + seen);
    }

    /** Stops the processes, last started first. */
    public static void stop(List<Process> started) throws InterruptedException {
        started.reversed().forEach(Process::destroy);
        for (Process p : started) {
            p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
