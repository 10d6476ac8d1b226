package dk.infoskaerm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program as it is started on a screen PC: the launcher script, and the JVM in a process of its own. */
class LauncherTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void wrongSettingsStopTheLauncherBeforeATrainingRun() throws Exception {
        Path config = Files.writeString(dir.resolve("client.properties"), "server.url=htp:/x\nscreen.id=moerkoev\n");
        Files.copy(ROOT.resolve("bin/screen-client"), dir.resolve("screen-client"));
        writeLauncherJar(dir.resolve("screen-client.jar"));
        // the launcher's fingerprint of the installed jars reads libs/; the manifest above names the real ones
        Files.write(Files.createDirectories(dir.resolve("libs")).resolve("placeholder.jar"), new byte[0]);
        ProcessBuilder builder = new ProcessBuilder("bash", dir.resolve("screen-client").toString(), "--config",
                config.toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("SCREEN_CLIENT_JAVA_OPTS", "-Xmx64m -Djava.awt.headless=true");
        builder.environment().put("SCREEN_CLIENT_TRAINING_DELAY", "0");   // the background training would start now

        long started = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(20, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.destroyForcibly();

        assertTrue(ended, "still running: " + output);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains(config + ": key 'server.url': 'htp:/x' is not an http(s) URL"), output);
        assertFalse(output.contains("training run"), output);
        Thread.sleep(3_000);   // time for the background job to check the settings and, wrongly, train
        try (var files = Files.list(dir.resolve("cache/jvm"))) {
            assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().equals("training.log")).toList(),
                    "no start-up cache written or begun");
        }
        System.out.println("launcher with wrong settings ended after "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    @Test
    void unreachableDisplayGivesOneLineAndWaitsWithoutStackTraces() throws Exception {
        Assumptions.assumeFalse(Files.exists(Path.of("/tmp/.X11-unix/X97")), "an X server runs on :97");
        Path config = Files.writeString(dir.resolve("client.properties"),
                "server.url=http://127.0.0.1:9\nscreen.id=moerkoev\ndisplay.mode=fullscreen\n");
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--config", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().put("DISPLAY", ":97");

        Process process = builder.start();
        try {
            Path output = dir.resolve("output.txt");
            for (int i = 0; i < 100 && !Files.readString(output).contains("DISPLAY=:97"); i++) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000);   // long enough for a warm-up thread or the window to fail, as they did
            String text = Files.readString(output);

            assertTrue(process.isAlive(), "it waits for the display: " + text);
            assertEquals(List.of("screen-client: cannot reach the display DISPLAY=:97 (no X server at "
                    + "/tmp/.X11-unix/X97); trying again every " + Main.DISPLAY_RETRY.toSeconds() + " s"),
                    text.lines().toList());
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * A {@code screen-client.jar} as the launcher finds it when installed, whose manifest points at the classes and
     * libraries the tests run with.
     */
    private static void writeLauncherJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all it needs
        }
    }
}
