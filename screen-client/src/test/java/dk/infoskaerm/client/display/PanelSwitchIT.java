package dk.infoskaerm.client.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.settings.PanelPower;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands the panel switch really runs: Debian's {@code xset} against a real X server (Xvfb, which has no DPMS,
 * so the switch must fall back to black and say why), and a {@code cec-client} stand-in on the PATH (a script that
 * writes down its arguments and what it read, as no HDMI-CEC adapter is attached here).
 */
class PanelSwitchIT {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Test
    void dpmsOnAnXServerWithoutItFallsBackToBlackAndSaysSo() throws Exception {
        List<Process> started = new ArrayList<>();
        try {
            String display = TestX.startXvfb(dir, started, 320, 200);
            PanelSwitch panel = PanelSwitch.of(PanelPower.DPMS, Map.of("DISPLAY", display), logStream());

            assertEquals("black", panel.power(false));
            assertTrue(text().contains("panel: outside opening hours, black only (DPMS (xset): the X server has no "
                    + "DPMS)"), text());
        } finally {
            TestX.stop(started);
        }
    }

    @Test
    void autoUsesCecClientWhenInstalledWithTheStandbyAndOnCommands() throws Exception {
        Path calls = dir.resolve("calls.txt");
        Path bin = cecClient(calls, 0);
        PanelSwitch panel = PanelSwitch.of(PanelPower.AUTO, Map.of("PATH", bin + ":/usr/bin:/bin"), logStream());

        assertEquals("HDMI-CEC (cec-client)", panel.power(false));
        assertEquals("HDMI-CEC (cec-client)", panel.power(true));

        assertEquals(List.of("-s -d 1 | standby 0", "-s -d 1 | on 0"), Files.readAllLines(calls));
        assertTrue(text().contains("panel: powered down by HDMI-CEC (cec-client) (outside opening hours)"), text());
    }

    @Test
    void autoWithCecClientFailingTriesDpmsThenBlack() throws Exception {
        List<Process> started = new ArrayList<>();
        try {
            String display = TestX.startXvfb(dir, started, 320, 200);
            Path calls = dir.resolve("calls.txt");
            Path bin = cecClient(calls, 1);
            PanelSwitch panel = PanelSwitch.of(PanelPower.AUTO, Map.of("PATH", bin + ":/usr/bin:/bin",
                    "DISPLAY", display), logStream());

            assertEquals("black", panel.power(false));

            assertEquals(List.of("-s -d 1 | standby 0"), Files.readAllLines(calls));
            assertTrue(text().contains("HDMI-CEC (cec-client): cec-client -s -d 1 exited with 1: no CEC adapter"),
                    text());
            assertTrue(text().contains("DPMS (xset): the X server has no DPMS"), text());
        } finally {
            TestX.stop(started);
        }
    }

    @Test
    void autoWithoutCecClientUsesDpmsOnly() {
        PanelSwitch panel = PanelSwitch.of(PanelPower.AUTO, Map.of("PATH", dir.toString(), "DISPLAY", ":1"),
                logStream());
        assertEquals("black", panel.power(false));
        assertTrue(text().contains("(DPMS (xset): cannot run xset"), text());
        assertTrue(!text().contains("cec-client"), text());
    }

    /** A cec-client stand-in in its own folder, writing "ARGS | INPUT" lines to {@code calls}, exiting with {@code exit}. */
    private Path cecClient(Path calls, int exit) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("cec-client");
        Files.writeString(script, """
                #!/bin/sh
                read -r line
                echo "$* | $line" >> '%s'
                [ %d -eq 0 ] || echo "no CEC adapter"
                exit %d
                """.formatted(calls, exit, exit), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private PrintStream logStream() {
        return new PrintStream(log, true, StandardCharsets.UTF_8);
    }

    private String text() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
