package dk.infoskaerm.render;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;

/**
 * How long an urgent message may be: it must show on one page, at the floor sizes, on the smallest frames of both
 * orientations (1366×768 and 768×1366; the sizes scale with the short side, so larger frames hold as much).
 */
final class UrgentLimit {

    /** A plain Danish message of ordinary word lengths, repeated, to measure the limit with. */
    private static final String SAMPLE = "Kogeanbefaling: Vandværket i Mørkøv melder om forurenet drikkevand. "
            + "Kog vandet, før du drikker det, og brug det ikke til madlavning uden at koge det først. ";
    private static final int[][] FRAMES = {{1366, 768}, {768, 1366}};

    static final int MAX_LENGTH = measure();

    private UrgentLimit() {
    }

    /** Whether {@code text} fits one page on every frame in {@link #FRAMES}. */
    static boolean fits(String text) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                    java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Slide slide = new Slide("urgent:limit", ItemKind.URGENT, text, "", null, null, false, "", "", null,
                    Instant.EPOCH, Instant.MAX, 20);
            for (int[] size : FRAMES) {
                Layout frame = Layout.of(size[0], size[1], 0, false, false);
                if (FrameRenderer.fit(g, frame, slide, Instant.EPOCH).pages().size() > 1) {
                    return false;
                }
            }
            return true;
        } finally {
            g.dispose();
        }
    }

    /** The longest prefix of the sample, ending at a word, that fits. */
    private static int measure() {
        String text = SAMPLE.repeat(20);
        int best = 0;
        for (int end = text.indexOf(' '); end > 0; end = text.indexOf(' ', end + 1)) {
            if (!fits(text.substring(0, end))) {
                break;
            }
            best = end;
        }
        return best;
    }
}
