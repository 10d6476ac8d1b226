package dk.infoskaerm.server.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server as a real operating-system process ({@code Main serve}), so that a test can kill it with SIGKILL. */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern RUNNING = Pattern.compile("server is running on (http://\\S+)");
    private static final Pattern ADMIN_PASSWORD = Pattern.compile(
            "Log ind som administrator: brugernavn admin, engangsadgangskode (\\S+)");
    private static final int KEPT_LINES = 60;
    private static final String END = "\u0000end";

    private final Process process;
    private final String base;
    private final String adminOneTimePassword;
    private final Deque<String> tail;

    private ServerProcess(Process process, String base, String adminOneTimePassword, Deque<String> tail) {
        this.process = process;
        this.base = base;
        this.adminOneTimePassword = adminOneTimePassword;
        this.tail = tail;
    }

    /**
     * Starts {@code Main serve} on loopback with its data in {@code dataDir} and {@code properties} as -D options,
     * and waits until it says it is running.
     */
    static ServerProcess start(Path dataDir, Map<String, String> properties) throws InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-Dstdout.encoding=UTF-8", "-Dserver.port=0", "-Dserver.host=127.0.0.1",
                "-Dinfoskaerm.data=" + dataDir.toAbsolutePath(), "-Dinfoskaerm.accounts.bcrypt-cost=4"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", classPath, "dk.infoskaerm.server.Main", "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Only the -D options choose the database, whatever the test's environment says.
        builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("INFOSKAERM_")
                || name.startsWith("SERVER_"));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Deque<String> tail = new ArrayDeque<>();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(process, lines, tail), "server-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();

        try {
            return awaitRunning(process, lines, tail);
        } catch (InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static ServerProcess awaitRunning(Process process, LinkedBlockingQueue<String> lines, Deque<String> tail)
            throws InterruptedException {
        String adminPassword = null;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                throw new IllegalStateException((line == null ? "the server did not start within " + START_TIMEOUT
                        : "the server stopped while starting") + "; its output:\n" + String.join("\n", copy(tail)));
            }
            Matcher password = ADMIN_PASSWORD.matcher(line);
            if (password.find()) {
                adminPassword = password.group(1);
            }
            Matcher running = RUNNING.matcher(line);
            if (running.find()) {
                return new ServerProcess(process, running.group(1).replace("localhost", "127.0.0.1"), adminPassword,
                        tail);
            }
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return base;
    }

    /** The administrator's one-time password, printed only on the first start of a database. */
    Optional<String> adminOneTimePassword() {
        return Optional.ofNullable(adminOneTimePassword);
    }

    /** Kills the process with SIGKILL, as {@code kill -9} does, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server process " + process.pid() + " outlived SIGKILL by 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines the server printed. */
    String output() {
        return String.join("\n", copy(tail));
    }

    @Override
    public void close() {
        kill();
    }

    private static void pump(Process process, LinkedBlockingQueue<String> lines, Deque<String> tail) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > KEPT_LINES) {
                        tail.removeFirst();
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            // The process is gone; its output ends here.
        } finally {
            lines.add(END);
        }
    }

    private static List<String> copy(Deque<String> tail) {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }
}
