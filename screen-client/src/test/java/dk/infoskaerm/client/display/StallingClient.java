package dk.infoskaerm.client.display;

import dk.infoskaerm.client.Main;
import java.util.Arrays;
import javax.swing.SwingUtilities;

/**
 * Not a test: run in a child JVM, the real client ({@link Main}) whose event thread, which runs the render loop, is
 * blocked on purpose for a while, as a hung client's would be. Arguments: STALL-AFTER-MS STALL-MS, then the client's.
 */
public final class StallingClient {

    private StallingClient() {
    }

    public static void main(String[] args) {
        long after = Long.parseLong(args[0]);
        long stall = Long.parseLong(args[1]);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(after);
            } catch (InterruptedException e) {
                return;
            }
            SwingUtilities.invokeLater(() -> {
                System.out.println("stall: from " + System.currentTimeMillis());
                try {
                    Thread.sleep(stall);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.out.println("stall: until " + System.currentTimeMillis());
            });
        });
        System.exit(Main.run(Arrays.copyOfRange(args, 2, args.length), System.out, System.err));
    }
}
