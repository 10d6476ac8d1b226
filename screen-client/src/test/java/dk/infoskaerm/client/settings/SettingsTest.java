package dk.infoskaerm.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    private static final String VALID = "server.url=http://localhost:8080\nscreen.id=moerkoev\n";

    @TempDir
    Path dir;

    @Test
    void readsValidFileWithDefaults() throws Exception {
        Path file = write(VALID);

        Settings settings = Settings.load(file, true, false);

        assertEquals(Optional.of(URI.create("http://localhost:8080")), settings.serverUrl());
        assertEquals("moerkoev", settings.screenId());
        assertEquals(dir.resolve("cache"), settings.cacheDir());
        assertEquals(dir.resolve("frames"), settings.framesDir());
        assertEquals(DisplayMode.HEADLESS, settings.displayMode());
        assertEquals(1920, settings.width());
        assertEquals(1080, settings.height());
        assertEquals(Duration.ofSeconds(30), settings.poll());
    }

    @Test
    void readsEveryKey() throws Exception {
        Path file = write(VALID + "cache.dir=/var/cache/infoskaerm\ndisplay.mode=window\nframes.dir=out\n"
                + "size=1080x1920\npoll.seconds=60\ndevice.token=AbCdEfGhIjKlMnOp-123\nheartbeat.seconds=30\n"
                + "screenshot.minutes=10\n");

        Settings settings = Settings.load(file, true, true);

        assertEquals(Path.of("/var/cache/infoskaerm"), settings.cacheDir());
        assertEquals(dir.resolve("out"), settings.framesDir());
        assertEquals(DisplayMode.WINDOW, settings.displayMode());
        assertEquals(1080, settings.width());
        assertEquals(1920, settings.height());
        assertEquals(Duration.ofSeconds(60), settings.poll());
        assertEquals(Optional.of("AbCdEfGhIjKlMnOp-123"), settings.deviceToken());
        assertEquals(Duration.ofSeconds(30), settings.heartbeat());
        assertEquals(Duration.ofMinutes(10), settings.screenshot());
    }

    @Test
    void defaultsToFullScreenWhenDisplayIsPresent() throws Exception {
        assertEquals(DisplayMode.FULLSCREEN, Settings.load(write(VALID), true, true).displayMode());
    }

    @Test
    void serverUrlMayBeLeftOutWhenRenderingFromFile() throws Exception {
        assertEquals(Optional.empty(), Settings.load(write("screen.id=moerkoev\n"), false, false).serverUrl());
    }

    @Test
    void missingFileIsNamed() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> Settings.load(dir.resolve("client.properties"), true, false));

        assertTrue(e.getMessage().contains("client.properties"), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing server url   | screen.id=moerkoev                                | server.url   | missing
            bad url              | server.url=htp:/x@screen.id=moerkoev              | server.url   | 'htp:/x' is not an http(s) URL
            url without host     | server.url=http://@screen.id=moerkoev             | server.url   | is not an http(s) URL
            missing screen id    | server.url=http://localhost:8080                  | screen.id    | missing
            bad screen id        | server.url=http://h@screen.id=Mørkøv              | screen.id    | 'Mørkøv' is not a screen id
            bad size             | server.url=http://h@screen.id=a@size=big          | size         | 'big' is not a size
            size out of range    | server.url=http://h@screen.id=a@size=10x10        | size         | out of range
            bad display mode     | server.url=http://h@screen.id=a@display.mode=tv   | display.mode | 'tv' is not a display mode
            window without display | server.url=http://h@screen.id=a@display.mode=window | display.mode | needs a display
            poll too often       | server.url=http://h@screen.id=a@poll.seconds=2    | poll.seconds | out of range
            poll not a number    | server.url=http://h@screen.id=a@poll.seconds=ofte | poll.seconds | not a whole number
            unknown key          | server.url=http://h@screen.id=a@pol.seconds=30    | pol.seconds  | unknown key
            short device token   | server.url=http://h@screen.id=a@device.token=abc  | device.token | not a device token
            heartbeat too often  | server.url=http://h@screen.id=a@heartbeat.seconds=1 | heartbeat.seconds | out of range
            screenshot not a number | server.url=http://h@screen.id=a@screenshot.minutes=x | screenshot.minutes | not a whole number
            """)
    void wrongValueNamesFileKeyAndReason(String name, String lines, String key, String reason) throws IOException {
        Path file = write(lines.replace('@', '\n'));

        SettingsException e = assertThrows(SettingsException.class, () -> Settings.load(file, true, false));

        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("key '" + key + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("client.properties"), content);
    }
}
