package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.client.settings.PanelPower;
import dk.infoskaerm.render.FrameRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Powers the panel down outside opening hours (when the screen would be dark) and up again at opening, by the
 * method {@code panel.power} names: HDMI-CEC through {@code cec-client}, DPMS through the X server ({@code xset}),
 * or none; black is drawn either way, so black is what remains when no method works. Every change is logged with
 * the method that did it. The commands run on a thread of their own, so a slow {@code cec-client} does not hold up
 * the render loop.
 */
public final class PanelSwitch implements AutoCloseable {

    /** How long one command may take. */
    static final long COMMAND_SECONDS = 15;

    /** A way to power the panel; {@link #power} returns empty on success, else why it failed. */
    interface Method {
        String name();

        Optional<String> power(boolean on);
    }

    private final List<Method> methods;
    private final PrintStream log;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
            .name("panel-power").unstarted(r));
    private Boolean dark;
    private Method usedForOff;

    PanelSwitch(List<Method> methods, PrintStream log) {
        this.methods = List.copyOf(methods);
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The methods {@code power} asks for, in the order tried; the commands run with {@code environment} added
     * (DISPLAY) and are looked up in its {@code PATH}.
     */
    public static PanelSwitch of(PanelPower power, Map<String, String> environment, PrintStream log) {
        Method cec = new Cec(environment);
        Method dpms = new Dpms(environment);
        List<Method> methods = switch (power) {
            case AUTO -> onPath("cec-client", environment) ? List.of(cec, dpms) : List.of(dpms);
            case CEC -> List.of(cec);
            case DPMS -> List.of(dpms);
            case BLACK -> List.of();
        };
        return new PanelSwitch(methods, log);
    }

    /** Powers down or up when the screen turned dark or light at {@code at}; call it on every turn of the loop. */
    public void follow(CurrentFeed current, Instant at) {
        boolean nowDark = Frames.showingAt(current, at).equals(FrameRenderer.DARK);
        if (dark == null ? nowDark : dark != nowDark) {
            dark = nowDark;
            worker.execute(() -> power(!nowDark));
        }
    }

    /** Powers the panel on or off now, on the calling thread; returns the method that did it, or "black". */
    String power(boolean on) {
        if (on) {
            if (usedForOff == null) {
                return "black";
            }
            Method method = usedForOff;
            usedForOff = null;
            Optional<String> problem = method.power(true);
            log.println(problem.map(p -> "panel: cannot power up by " + method.name() + ": " + p)
                    .orElse("panel: powered up by " + method.name() + " (opening hours)"));
            return method.name();
        }
        List<String> problems = new ArrayList<>();
        for (Method method : methods) {
            Optional<String> problem = method.power(false);
            if (problem.isEmpty()) {
                usedForOff = method;
                log.println("panel: powered down by " + method.name() + " (outside opening hours)");
                return method.name();
            }
            problems.add(method.name() + ": " + problem.get());
        }
        log.println("panel: outside opening hours, black only" + (problems.isEmpty() ? " (panel.power = black)"
                : " (" + String.join("; ", problems) + ")"));
        return "black";
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    static boolean onPath(String program, Map<String, String> environment) {
        return find(program, environment).isPresent();
    }

    /** {@code program} in the folders of the {@code PATH} of {@code environment} (else the client's own). */
    private static Optional<Path> find(String program, Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Optional.of(Path.of(dir, program));
            }
        }
        return Optional.empty();
    }

    /** HDMI-CEC: {@code cec-client} in single-command mode tells the panel (device 0) to go to standby or on. */
    private record Cec(Map<String, String> environment) implements Method {

        @Override
        public String name() {
            return "HDMI-CEC (cec-client)";
        }

        @Override
        public Optional<String> power(boolean on) {
            Result result = run(List.of("cec-client", "-s", "-d", "1"), on ? "on 0\n" : "standby 0\n", environment);
            return result.ok() ? Optional.empty() : Optional.of(result.problem());
        }
    }

    /**
     * DPMS through X: {@code xset dpms force off|on}, then {@code xset q} must say so ({@code xset} exits 0 even
     * when the server has no DPMS).
     */
    private record Dpms(Map<String, String> environment) implements Method {

        @Override
        public String name() {
            return "DPMS (xset)";
        }

        @Override
        public Optional<String> power(boolean on) {
            Result forced = run(List.of("xset", "dpms", "force", on ? "on" : "off"), "", environment);
            if (!forced.ok()) {
                return Optional.of(forced.problem());
            }
            Result query = run(List.of("xset", "q"), "", environment);
            if (!query.ok()) {
                return Optional.of(query.problem());
            }
            if (query.output().contains("does not have the DPMS Extension")) {
                return Optional.of("the X server has no DPMS");
            }
            return query.output().contains(on ? "Monitor is On" : "Monitor is Off") ? Optional.empty()
                    : Optional.of("xset q does not say 'Monitor is " + (on ? "On" : "Off") + "'");
        }
    }

    /** What a command did: ok, or the problem; with its output. */
    record Result(boolean ok, String problem, String output) {
    }

    static Result run(List<String> command, String input, Map<String, String> environment) {
        Optional<Path> program = find(command.getFirst(), environment);
        if (program.isEmpty()) {
            return new Result(false, "cannot run " + command.getFirst() + ": not found on the PATH", "");
        }
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, program.get().toString());
        try {
            ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try {
                    process.getInputStream().transferTo(output);
                } catch (IOException e) {
                    // the process ended or was killed
                }
            });
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(false, String.join(" ", command) + " took over " + COMMAND_SECONDS + " s", "");
            }
            reader.join(1000);
            String text = output.toString(StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? new Result(true, null, text)
                    : new Result(false, String.join(" ", command) + " exited with " + process.exitValue() + ": "
                    + firstLine(text), text);
        } catch (IOException e) {
            return new Result(false, "cannot run " + command.getFirst() + ": " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted", "");
        }
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("(no output)");
    }
}
