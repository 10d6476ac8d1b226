package dk.infoskaerm.client.display;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the X server named by {@code DISPLAY} can be reached, found without AWT: once AWT failed to connect, it
 * cannot try again in the same process, so the client waits for the display before it touches AWT.
 */
public final class DisplayProbe {

    private static final Pattern DISPLAY = Pattern.compile("(?:(.*)/)?([^/:]*):(\\d+)(?:\\.\\d+)?");
    private static final int TIMEOUT_MILLIS = 1_000;

    private DisplayProbe() {
    }

    /**
     * Why the X server of {@code display} (a DISPLAY value) cannot be reached; empty when it can, and when there is
     * no X display to check (unset, as on Windows and macOS, or a form not known here), which AWT then judges.
     */
    public static Optional<String> findProblem(String display) {
        Matcher m = display == null ? null : DISPLAY.matcher(display.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String host = m.group(2);
        int number = Integer.parseInt(m.group(3));
        if (host.isEmpty() || host.equals("unix")) {
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            return Files.exists(socket) ? Optional.empty() : Optional.of("no X server at " + socket);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, 6000 + number), TIMEOUT_MILLIS);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("no X server at " + host + ":" + (6000 + number) + " (" + e.getMessage() + ")");
        }
    }
}
