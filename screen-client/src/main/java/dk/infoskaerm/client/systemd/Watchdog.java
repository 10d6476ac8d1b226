package dk.infoskaerm.client.systemd;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells systemd's watchdog ({@code WatchdogSec=} in the unit) that the client is alive, only while the display's
 * render loop advances: the loop calls {@link #tick} on every turn, and every {@link #interval} a thread sends
 * {@code WATCHDOG=1} when there was a tick since the last message. A hung loop sends nothing, and systemd restarts
 * the session.
 *
 * <p>{@code NOTIFY_SOCKET} is a Unix datagram socket, which Java cannot send to (its Unix sockets are stream sockets
 * only, and Java 21 has no final foreign-function API). The messages go through one long-lived {@code socat} child
 * that writes each line to the socket: a process that lives as long as the client, so systemd can tell which unit
 * it belongs to ({@code NotifyAccess=all}), which a short-lived {@code systemd-notify} per message cannot promise.
 */
public final class Watchdog implements AutoCloseable {

    /** The message for systemd. */
    static final String ALIVE = "WATCHDOG=1\n";

    private final List<String> command;
    private final Duration interval;
    private final PrintStream log;
    private final AtomicLong ticks = new AtomicLong();
    private Thread thread;
    private Process socat;
    private volatile boolean stalledReported;

    /** Sends to the socket {@code notifySocket} (a path, or {@code @name} for an abstract one) every {@code interval}. */
    public Watchdog(String notifySocket, Duration interval, PrintStream log) {
        Objects.requireNonNull(notifySocket, "notifySocket");
        String address = notifySocket.startsWith("@") ? "ABSTRACT-SENDTO:" + notifySocket.substring(1)
                : "UNIX-SENDTO:" + notifySocket;
        this.command = List.of("socat", "-u", "STDIN", address);
        this.interval = Objects.requireNonNull(interval, "interval");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The watchdog systemd asks for: {@code NOTIFY_SOCKET} and {@code WATCHDOG_USEC} set, sending three times per
     * period as systemd's documentation advises; empty when the client does not run under a unit with a watchdog.
     */
    public static Optional<Watchdog> fromEnvironment(Map<String, String> environment, PrintStream log) {
        String socket = environment.get("NOTIFY_SOCKET");
        String usec = environment.get("WATCHDOG_USEC");
        if (socket == null || socket.isBlank() || usec == null) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(usec.trim());
            if (micros <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Watchdog(socket, Duration.ofNanos(micros * 1000 / 3), log));
        } catch (NumberFormatException e) {
            log.println("watchdog: WATCHDOG_USEC='" + usec + "' is not a number; no watchdog messages");
            return Optional.empty();
        }
    }

    /** How often a message goes out while the loop advances. */
    public Duration interval() {
        return interval;
    }

    /** The render loop took a turn. */
    public void tick() {
        ticks.incrementAndGet();
    }

    /** Starts the sending thread; returns this. */
    public synchronized Watchdog start() {
        if (thread == null) {
            log.println("watchdog: telling systemd every " + interval.toMillis() + " ms while the render loop advances");
            thread = Thread.ofPlatform().daemon().name("watchdog").start(this::run);
        }
        return this;
    }

    private void run() {
        long sent = ticks.get();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            long now = ticks.get();
            if (now != sent) {
                sent = now;
                send();
                if (stalledReported) {
                    stalledReported = false;
                    log.println("watchdog: the render loop advances again");
                }
            } else if (!stalledReported) {
                stalledReported = true;
                log.println("watchdog: the render loop has not advanced for " + interval.toMillis()
                        + " ms; not telling systemd, which restarts the client when this goes on");
            }
        }
    }

    private synchronized void send() {
        try {
            if (socat == null || !socat.isAlive()) {
                socat = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            }
            OutputStream in = socat.getOutputStream();
            in.write(ALIVE.getBytes(StandardCharsets.US_ASCII));
            in.flush();
        } catch (IOException e) {
            log.println("watchdog: cannot send to systemd through " + String.join(" ", command) + ": " + e.getMessage());
            if (socat != null) {
                socat.destroy();
                socat = null;
            }
        }
    }

    /** Stops sending. */
    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.interrupt();
        }
        if (socat != null) {
            socat.destroy();
        }
    }
}
