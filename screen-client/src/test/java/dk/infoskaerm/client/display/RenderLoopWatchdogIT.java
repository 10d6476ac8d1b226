package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client under a systemd watchdog, in a real window on Xvfb: systemd's notify socket is played by a Unix datagram
 * socket that {@code socat} binds and prints. While the render loop runs, WATCHDOG=1 arrives every interval; while
 * its event thread is blocked on purpose nothing arrives; afterwards the messages come again.
 */
class RenderLoopWatchdogIT {

    private static final long INTERVAL_MS = 500;   // WATCHDOG_USEC / 3
    private static final long STALL_AFTER_MS = 4_000;
    private static final long STALL_MS = 5_000;

    @TempDir
    Path dir;

    @Test
    void watchdogMessagesStopWhileTheRenderLoopIsStalled() throws Exception {
        Path config = Files.writeString(dir.resolve("client.properties"), """
                server.url = http://127.0.0.1:9
                screen.id = moerkoev
                display.mode = window
                size = 640x360
                """, StandardCharsets.UTF_8);
        Path socket = dir.resolve("notify.sock");
        List<Process> started = new ArrayList<>();
        List<Long> received = new CopyOnWriteArrayList<>();
        try {
            Process receiver = new ProcessBuilder("socat", "-u", "UNIX-RECV:" + socket, "STDOUT")
                    .redirectError(dir.resolve("socat.log").toFile()).start();
            started.add(receiver);
            Thread.ofPlatform().daemon().start(() -> collect(receiver, received));
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            String display = TestX.startXvfb(dir, started, 640, 360);
            Path log = dir.resolve("client.log");
            Process client = TestX.java(display, Map.of("NOTIFY_SOCKET", socket.toString(),
                    "WATCHDOG_USEC", String.valueOf(INTERVAL_MS * 3_000)), log, StallingClient.class.getName(),
                    String.valueOf(STALL_AFTER_MS), String.valueOf(STALL_MS), "--config", config.toString());
            started.add(client);
            TestX.awaitLine(log, "stall: until", client);
            Thread.sleep(3 * INTERVAL_MS);
            String output = Files.readString(log);
            long stallFrom = number(output, "stall: from (\\d+)");
            long stallUntil = number(output, "stall: until (\\d+)");

            // A message sent just before the stall began may still arrive within one interval.
            long during = received.stream().filter(t -> t > stallFrom + INTERVAL_MS + 200 && t < stallUntil).count();
            long before = received.stream().filter(t -> t < stallFrom).count();
            long after = received.stream().filter(t -> t > stallUntil).count();
            assertTrue(before >= 2, "WATCHDOG=1 arrived while the loop ran; received " + received + "\n" + output);
            assertEquals(0, during, "nothing while the loop was stalled (" + stallFrom + ".." + stallUntil
                    + "); received " + received);
            assertTrue(after >= 1, "WATCHDOG=1 again once the loop advanced; received " + received);
            assertTrue(output.contains("watchdog: the render loop has not advanced"), output);
        } finally {
            TestX.stop(started);
        }
    }

    private static void collect(Process receiver, List<Long> received) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(receiver.getInputStream(),
                StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("WATCHDOG=1")) {
                    received.add(System.currentTimeMillis());
                }
            }
        } catch (IOException e) {
            // the receiver was stopped
        }
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return Long.parseLong(m.group(1));
    }
}
