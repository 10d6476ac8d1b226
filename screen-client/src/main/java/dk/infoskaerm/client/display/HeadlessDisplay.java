package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.FrameRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Without a display: writes the frame as {@code <frames.dir>/<screenId>.png} whenever the slide or minute changes. */
public final class HeadlessDisplay {

    private final CurrentFeed current;
    private final Path target;
    private final int width;
    private final int height;
    private final Clock clock;
    private final PrintStream log;
    private final Runnable onFirstFrame;

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

    /** The file the frames go to. */
    public Path target() {
        return target;
    }

    /** Writes frames until the thread is interrupted. */
    public void run() {
        log.println("headless: no display, writing frames to " + target);
        FrameKey shown = null;
        String lastProblem = null;
        while (!Thread.currentThread().isInterrupted()) {
            Instant now = clock.instant();
            Feed feed = current.find().orElse(null);
            FrameKey key = FrameKey.of(feed, now, width, height);
            if (!key.equals(shown)) {
                try {
                    PngFiles.writeAtomically(
                            FrameRenderer.render(feed, now, width, height, current.pictures()).image(), target);
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
            try {
                Thread.sleep(1000 - clock.millis() % 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
