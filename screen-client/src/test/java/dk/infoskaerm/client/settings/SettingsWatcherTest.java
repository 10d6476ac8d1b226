package dk.infoskaerm.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsWatcherTest {

    private static final String BASE = "server.url=http://localhost:8080\nscreen.id=moerkoev\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<Settings> applied = new CopyOnWriteArrayList<>();
    private int edits;

    @Test
    void appliesAnEditAndKeepsRunningSettingsOnAWrongOne() throws Exception {
        Path file = edit(BASE + "poll.seconds=30\n");
        try (SettingsWatcher watcher = new SettingsWatcher(Settings.load(file, true, false), false, 50,
                applied::add, new PrintStream(log, true, StandardCharsets.UTF_8)).start()) {

            edit(BASE + "poll.seconds=45\ndevice.token=AbCdEfGhIjKlMnOp-123\n");
            waitFor(() -> watcher.current().poll().equals(Duration.ofSeconds(45)), "the edit is applied");
            assertEquals("AbCdEfGhIjKlMnOp-123", watcher.current().deviceToken().orElseThrow());
            assertEquals(1, applied.size());

            edit(BASE + "poll.seconds=sometimes\n");
            waitFor(() -> log().contains("poll.seconds"), "the wrong value is reported");

            assertTrue(log().contains(file + ": key 'poll.seconds': 'sometimes' is not a whole number of seconds;"
                    + " keeping the running settings"), log());
            assertEquals(Duration.ofSeconds(45), watcher.current().poll(), "the running settings stay");
            assertEquals(1, applied.size());

            edit(BASE + "poll.seconds=60\ncache.dir=elsewhere\n");
            waitFor(() -> watcher.current().poll().equals(Duration.ofSeconds(60)), "a fixed file is applied again");
            assertTrue(log().contains("cache.dir take effect after a restart"), log());
            assertEquals(dir.resolve("cache"), watcher.current().cacheDir(), "restart-only keys keep their value");
        }
    }

    /** Writes the file with a time stamp a second later than the last, so the change is seen on any file system. */
    private Path edit(String content) throws IOException {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++edits)));
        return file;
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    private void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what + " (log: " + log() + ")");
    }
}
