package dk.infoskaerm.client.display;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.client.feed.CurrentFeed;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * Not a test: run in a child JVM on an X server, shows a window and writes {@link WindowDisplay#capture} to
 * DIR/shown.png, then with a red window over it to DIR/covered.png, then with the window taken off the screen
 * ({@code xdotool windowunmap}, as a crashed window manager or another program could) to DIR/gone.png. Argument: DIR.
 */
public final class CaptureProbe {

    private CaptureProbe() {
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        CountDownLatch first = new CountDownLatch(1);
        WindowDisplay display = new WindowDisplay(new CurrentFeed(Fixtures.moerkoev()), false, 400, 300,
                Clock.fixed(Fixtures.MONDAY_10, ZoneOffset.UTC), new PrintStream(System.out), first::countDown);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                display.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!first.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no first frame");
        }
        Thread.sleep(WindowDisplay.FADE_MILLIS + 300);
        write(display, new File(dir, "shown.png"));

        JFrame[] cover = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            cover[0] = new JFrame("cover");
            cover[0].setUndecorated(true);
            JPanel red = new JPanel();
            red.setBackground(Color.RED);
            cover[0].add(red);
            cover[0].setBounds(0, 0, 2000, 2000);
            cover[0].setAlwaysOnTop(true);
            cover[0].setVisible(true);
        });
        Thread.sleep(800);
        write(display, new File(dir, "covered.png"));
        SwingUtilities.invokeAndWait(cover[0]::dispose);
        Thread.sleep(500);

        Process unmap = new ProcessBuilder("xdotool", "search", "--name", "Infoskærm", "windowunmap", "--sync")
                .inheritIO().start();
        unmap.waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(500);
        write(display, new File(dir, "gone.png"));
        System.out.println("probe: done");
        System.exit(0);
    }

    private static void write(WindowDisplay display, File file) throws Exception {
        BufferedImage image = display.capture().orElseThrow();
        ImageIO.write(image, "png", file);
    }
}
