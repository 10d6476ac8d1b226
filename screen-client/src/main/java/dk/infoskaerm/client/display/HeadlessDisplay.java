package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.render.RenderedFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Without a display: writes the frame as {@code <frames.dir>/<screenId>.png} whenever the slide or minute changes. */
public final class HeadlessDisplay {

    private final CurrentFeed current;
    private final Path target;
    private final int width;
    private final int height;
    private final Clock clock;
    private final PrintStream log;
    private final Runnable onFirstFrame;
    private FrameKey shown;
    private Instant changesAt;
    private String lastProblem;

    /**
     * Writes {@code width}×{@code height} frames of {@code current} for {@code screenId} into {@code framesDir};
     * {@code onFirstFrame} runs once the first is written.
     */
    public HeadlessDisplay(CurrentFeed current, Path framesDir, String screenId, int width, int height, Clock clock,
                           PrintStream log, Runnable onFirstFrame) {
        this.current = Objects.requireNonNull(current, "current");
        this.target = framesDir.toAbsolutePath().resolve(screenId + ".png");
        this.width = width;
        this.height = height;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.onFirstFrame = Objects.requireNonNull(onFirstFrame, "onFirstFrame");
    }

    /**
     * Writes the frame of the clock's present moment when it differs from the last one written; returns what it
     * shows: a slide's id, {@code idle}, {@code dark} or {@code notice}.
     */
    public String refresh() {
        Instant now = clock.instant();
        FrameKey key = FrameKey.of(current, now, width, height);
        if (!key.equals(shown) || changesAt != null && !now.isBefore(changesAt)) {
            try {
                RenderedFrame frame = Frames.render(current, now, width, height);
                PngFiles.writeAtomically(frame.image(), target);
                changesAt = frame.changesAt();
                if (shown == null) {
                    FirstFrame.report(log, "headless");
                    onFirstFrame.run();
                }
                shown = key;
                lastProblem = null;
            } catch (IOException | RuntimeException e) {
                String problem = "headless: cannot write " + target + ": " + e.getMessage();
                if (!problem.equals(lastProblem)) {
                    log.println(problem);
                    lastProblem = problem;
                }
            }
        }
        return key.slideId();
    }

    /** The frame it writes for the clock's present moment: what the screen shows, for heartbeats. */
    public Optional<BufferedImage> capture() {
        return Optional.of(Frames.render(current, clock.instant(), width, height).image());
    }

    /** The file the frames go to. */
    public Path target() {
        return target;
    }

    /** Writes frames until the thread is interrupted. */
    public void run() {
        run(() -> { });
    }

    /** As {@link #run()}, calling {@code onTick} on every turn of the loop (once a second). */
    public void run(Runnable onTick) {
        log.println("headless: no display, writing frames to " + target);
        while (!Thread.currentThread().isInterrupted()) {
            refresh();
            onTick.run();
            try {
                Thread.sleep(1000 - clock.millis() % 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
