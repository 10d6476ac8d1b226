package dk.infoskaerm.client.display;

import dk.infoskaerm.client.feed.CurrentFeed;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.FrameRenderer;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/** A window, full-screen or not, that shows the current frame and checks every second whether it changed. */
public final class WindowDisplay {

    private final CurrentFeed current;
    private final boolean fullScreen;
    private final int width;
    private final int height;
    private final Clock clock;
    private final CountDownLatch closed = new CountDownLatch(1);

    /** A window of {@code width}×{@code height}, or covering the screen when {@code fullScreen}. */
    public WindowDisplay(CurrentFeed current, boolean fullScreen, int width, int height, Clock clock) {
        this.current = current;
        this.fullScreen = fullScreen;
        this.width = width;
        this.height = height;
        this.clock = clock;
    }

    /** Shows the window and returns when it is closed (Escape, or the window manager) or the thread is interrupted. */
    public void run() throws InterruptedException {
        JFrame[] frame = new JFrame[1];
        try {
            SwingUtilities.invokeAndWait(() -> frame[0] = open());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot open the window: " + e.getCause().getMessage(), e.getCause());
        }
        try {
            closed.await();
        } finally {
            SwingUtilities.invokeLater(frame[0]::dispose);
        }
    }

    private JFrame open() {
        JFrame frame = new JFrame("Infoskærm");
        Canvas canvas = new Canvas();
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
                if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
                    frame.dispose();
                }
            }
        });
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
        new Timer(1000, e -> canvas.refreshIfChanged()).start();
        return frame;
    }

    /** Paints the cached frame; renders again only when the slide, minute, feed or size changed. */
    private final class Canvas extends JComponent {

        private static final long serialVersionUID = 1L;
        private transient FrameKey key;
        private transient BufferedImage image;

        void refreshIfChanged() {
            if (getWidth() > 0 && !FrameKey.of(feed(), clock.instant(), getWidth(), getHeight()).equals(key)) {
                repaint();
            }
        }

        @Override
        protected void paintComponent(Graphics g) {
            int w = Math.max(160, getWidth());
            int h = Math.max(160, getHeight());
            Instant now = clock.instant();
            Feed feed = feed();
            FrameKey next = FrameKey.of(feed, now, w, h);
            if (!next.equals(key) || image == null) {
                image = FrameRenderer.renderImage(feed, now, w, h);
                key = next;
            }
            g.drawImage(image, 0, 0, null);
        }

        private Feed feed() {
            return current.find().orElse(null);
        }
    }
}
