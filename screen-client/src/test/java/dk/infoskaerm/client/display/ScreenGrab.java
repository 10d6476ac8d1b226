package dk.infoskaerm.client.display;

import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import javax.imageio.ImageIO;

/** Not a test: run in a child JVM with {@code DISPLAY} set, writes the screen's top-left W×H pixels to a PNG. */
public final class ScreenGrab {

    private ScreenGrab() {
    }

    /** Arguments: FILE.png WIDTH HEIGHT. */
    public static void main(String[] args) throws Exception {
        Robot robot = new Robot();
        ImageIO.write(robot.createScreenCapture(new Rectangle(0, 0, Integer.parseInt(args[1]), Integer.parseInt(args[2]))),
                "png", new File(args[0]));
    }
}
