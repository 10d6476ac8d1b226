package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.render.RenderedFrame;
import java.awt.AWTException;
import java.awt.AlphaComposite;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.IllegalComponentStateException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * A window, full-screen or not, that shows the current frame and checks every second whether it changed. A new slide
 * fades in over {@link #FADE_MILLIS} ms; a new minute on the clock is simply drawn.
 */
public final class WindowDisplay {

    /** How long a new slide takes to fade in. */
    public static final int FADE_MILLIS = 400;
    private static final int FADE_STEP_MILLIS = 33;

    private final CurrentFeed current;
    private final boolean fullScreen;
    private final int width;
    private final int height;
    private final Clock clock;
    private final PrintStream log;
    private final Runnable onFirstFrame;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Canvas shown;
    private TouchKiosk touch;
    private Robot robot;
    private boolean robotRefused;

    /**
     * A window of {@code width}×{@code height}, or covering the screen when {@code fullScreen}; {@code onFirstFrame}
     * runs once the first frame is painted.
     */
    public WindowDisplay(CurrentFeed current, boolean fullScreen, int width, int height, Clock clock, PrintStream log,
                         Runnable onFirstFrame) {
        this.current = current;
        this.fullScreen = fullScreen;
        this.width = width;
        this.height = height;
        this.clock = clock;
        this.log = log;
        this.onFirstFrame = Objects.requireNonNull(onFirstFrame, "onFirstFrame");
    }

    /**
     * Makes this a touch kiosk: a tap, click or key leaves the slides for the browse view (see {@link TouchKiosk});
     * Escape then no longer closes the window. Call before {@link #run}.
     */
    public WindowDisplay touch(boolean on) {
        touch = on ? new TouchKiosk() : null;
        return this;
    }

    /** Shows the window and returns when it is closed (Escape, or the window manager) or the thread is interrupted. */
    public void run() throws InterruptedException {
        run(() -> { });
    }

    /**
     * As {@link #run()}, calling {@code onTick} on every turn of the render loop (once a second, on the event
     * thread), so that a hung event thread stops the ticks.
     */
    public void run(Runnable onTick) throws InterruptedException {
        JFrame[] frame = new JFrame[1];
        try {
            SwingUtilities.invokeAndWait(() -> frame[0] = open(onTick));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot open the window: " + e.getCause().getMessage(), e.getCause());
        }
        try {
            closed.await();
        } finally {
            SwingUtilities.invokeLater(frame[0]::dispose);
        }
    }

    private JFrame open(Runnable onTick) {
        JFrame frame = new JFrame("Infoskærm");
        Canvas canvas = new Canvas();
        shown = canvas;
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.add(canvas);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        });
        frame.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (touch != null) {
                    touch.key(e.getKeyCode(), clock.instant());
                    canvas.repaint();
                } else if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
                    frame.dispose();
                }
            }
        });
        if (touch != null) {
            canvas.addMouseListener(new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    touch.tap(e.getX(), e.getY(), clock.instant());
                    canvas.repaint();
                }
            });
        }
        GraphicsDevice device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
        if (fullScreen) {
            frame.setUndecorated(true);
            frame.setCursor(Toolkit.getDefaultToolkit().createCustomCursor(
                    new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), new Point(), "none"));
            if (device.isFullScreenSupported()) {
                device.setFullScreenWindow(frame);
            } else {
                frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
                frame.setVisible(true);
            }
        } else {
            canvas.setPreferredSize(new Dimension(width, height));
            frame.pack();
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        }
        new Timer(1000, e -> {
            if (touch != null) {
                touch.checkIdle(clock.instant());
            }
            canvas.refreshIfChanged();
            onTick.run();
        }).start();
        return frame;
    }

    /**
     * What the display really shows where the window is, captured with {@link Robot} (a covered or blanked window
     * shows so); where the X server refuses that, the window's back buffer, the frame it last painted. Empty before
     * the window is shown.
     */
    public synchronized Optional<BufferedImage> capture() {
        Canvas canvas = shown;
        if (canvas == null || !canvas.isShowing()) {
            return Optional.empty();
        }
        try {
            if (robot == null && !robotRefused) {
                robot = new Robot();
            }
            if (robot != null) {
                return Optional.of(robot.createScreenCapture(new Rectangle(canvas.getLocationOnScreen(),
                        canvas.getSize())));
            }
        } catch (AWTException | SecurityException | IllegalComponentStateException e) {
            robotRefused = true;
            log.println("window: the display refuses screen captures (" + e.getMessage()
                    + "); heartbeats carry the window's back buffer instead");
        }
        return Optional.ofNullable(canvas.image);
    }

    /**
     * Paints the cached frame; renders again only when the slide, minute, feed or size changed, or the frame said it
     * changes by itself (a slide's next page, the ticker's next page). While a new slide
     * fades in, a timer repaints a few dozen times and then stops, so a still screen costs one check a second.
     */
    private final class Canvas extends JComponent {

        private static final long serialVersionUID = 1L;
        private transient FrameKey key;
        private transient volatile BufferedImage image;
        private transient BufferedImage previous;
        private transient Instant changesAt;
        private transient long fadeStart;
        private transient boolean firstShown;
        private final Timer fade = new Timer(FADE_STEP_MILLIS, e -> repaint());

        private transient long touchShown = -1;
        private transient long touchMinute;

        void refreshIfChanged() {
            Instant now = clock.instant();
            if (getWidth() > 0 && (!FrameKey.of(current, now, getWidth(), getHeight()).equals(key)
                    || changesAt != null && !now.isBefore(changesAt)
                    || touch != null && (touch.version() != touchShown || !touch.inLoop()))) {
                repaint();
            }
        }

        /** Paints the touch kiosk's page when it shows one; false in the loop. */
        private boolean paintTouch(Graphics g, int w, int h, Instant now) {
            if (touch == null) {
                return false;
            }
            if (touch.inLoop()) {
                if (touchShown != touch.version()) {
                    touchShown = touch.version();
                    key = null;   // back from a page: draw the slide again, without a fade
                    image = null;
                    previous = null;
                }
                return false;
            }
            long minute = Math.floorDiv(now.getEpochSecond(), 60);
            if (touchShown != touch.version() || touchMinute != minute || image == null || image.getWidth() != w
                    || image.getHeight() != h) {
                image = touch.render(current.find().orElse(null), now, w, h);
                touchShown = touch.version();
                touchMinute = minute;
                key = null;
                previous = null;
            }
            g.drawImage(image, 0, 0, null);
            return true;
        }

        @Override
        protected void paintComponent(Graphics g) {
            int w = Math.max(160, getWidth());
            int h = Math.max(160, getHeight());
            Instant now = clock.instant();
            if (paintTouch(g, w, h, now)) {
                return;
            }
            FrameKey next = FrameKey.of(current, now, w, h);
            if (!next.equals(key) || image == null || changesAt != null && !now.isBefore(changesAt)) {
                RenderedFrame frame = Frames.render(current, now, w, h);
                BufferedImage rendered = frame.image();
                changesAt = frame.changesAt();
                if (image != null && key.showsOtherThan(next)) {
                    previous = image;
                    fadeStart = System.nanoTime();
                    fade.start();
                }
                image = rendered;
                key = next;
            }
            float done = previous == null ? 1f : (System.nanoTime() - fadeStart) / 1e6f / FADE_MILLIS;
            if (done >= 1f) {
                previous = null;
                fade.stop();
                g.drawImage(image, 0, 0, null);
            } else {
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    g2.drawImage(previous, 0, 0, null);
                    g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, smooth(done)));
                    g2.drawImage(image, 0, 0, null);
                } finally {
                    g2.dispose();
                }
            }
            if (!firstShown) {
                firstShown = true;
                FirstFrame.report(log, "window");
                onFirstFrame.run();
            }
        }

        /** Ease in and out, so the fade has no visible start or stop. */
        private static float smooth(float t) {
            return t * t * (3 - 2 * t);
        }
    }
}
