package dk.infoskaerm.client;

import dk.infoskaerm.client.settings.Settings;
import dk.infoskaerm.client.settings.SettingsException;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.json.Json;
import dk.infoskaerm.render.Bitmaps;
import dk.infoskaerm.render.FrameRenderer;
import dk.infoskaerm.render.StatusScreen;
import java.awt.DisplayMode;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Start-up work on the second core while the main thread reads the settings and the cached feed: one thread reads a
 * sample feed, so that Jackson's deserializers are built before the cache is read; another renders a sample slide at
 * the screen's size, so that fonts, glyphs of those sizes, QR codes and Java2D are loaded before the first frame.
 */
final class WarmUp {

    private static final String SAMPLE_JSON = "warm-up-feed.json";

    private WarmUp() {
    }

    /** Starts both warm-ups on daemon threads; {@code displayPresent} says whether the screen's size can be asked. */
    static void start(boolean displayPresent) {
        Thread.ofPlatform().daemon().name("warm-up-render").start(() -> render(displayPresent));
        Thread.ofPlatform().daemon().name("warm-up-json").start(WarmUp::readJson);
    }

    private static void readJson() {
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE_JSON)) {
            if (in != null) {
                Json.readFeed(in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            // only a warm-up: reading the cache meets the same problem and says so
        }
    }

    private static void render(boolean displayPresent) {
        try {
            int width = 1920;
            int height = 1080;
            if (displayPresent) {
                DisplayMode mode = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                        .getDisplayMode();
                width = mode.getWidth() > 0 ? mode.getWidth() : width;
                height = mode.getHeight() > 0 ? mode.getHeight() : height;
            }
            FrameRenderer.render(sample(), Instant.now(), width, height);
        } catch (RuntimeException | java.awt.AWTError e) {
            // only a warm-up: the real frame meets the same problem and says so
        }
    }

    /**
     * The launcher's training run for the JVM's start-up cache, without a window: the work of a start (settings,
     * sample feed, frames of both orientations, the status screen, a screenshot's PNG), on this thread.
     */
    static void train(Path config) {
        try {
            Settings.load(config, true, false);
        } catch (SettingsException e) {
            // the samples are what matters; the client says what is wrong with the file when it starts
        }
        readJson();
        for (int[] size : new int[][] {{1920, 1080}, {1080, 1920}}) {
            BufferedImage frame = FrameRenderer.render(sample(), Instant.now(), size[0], size[1]).image();
            Bitmaps.png(Bitmaps.scaled(frame, 480, 480 * size[1] / size[0]));
            StatusScreen.render(new StatusScreen.Facts("warm-up", null, "-",
                    "-", "-"), Instant.now(), size[0], size[1]);
        }
    }

    /** A meeting with every field and a link: the slide that exercises the most drawing code. */
    private static Feed sample() {
        Instant start = Instant.parse("2026-12-02T17:00:00Z");
        Slide slide = new Slide("warm-up", ItemKind.MEETING, "Dialogmøde om trafik og cykelstier i Mørkøv",
                "Mød politikerne og sig din mening om trafiksikkerhed, skolevejen og de nye cykelstier.",
                start, start.plusSeconds(7200), false, "Mørkøv Forsamlingshus, Stationsvej 2",
                "https://holbaek.dk/dialogmoeder", new MeetingDetails(List.of("Søren Ørum", "Åse Ærø"),
                "Klima-, Miljø- og Planudvalget", "Tilmelding på holbaek.dk senest 30. november"),
                Instant.EPOCH, Instant.parse("2999-01-01T00:00:00Z"), 15);
        return new Feed(Feed.FORMAT_VERSION, "warm-up", "Opvarmning", "moerkoev", "Mørkøv", "landscape",
                List.of(slide), List.of(new Feed.TickerEntry("Fællesspisning i Mørkøv Forsamlingshus", start, false,
                start.plusSeconds(3600))));
    }
}
