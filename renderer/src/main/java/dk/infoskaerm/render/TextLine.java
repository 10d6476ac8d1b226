package dk.infoskaerm.render;

import java.awt.Rectangle;
import java.util.Objects;

/**
 * One line of text as the renderer drew it: the layout's own account of what is on the frame.
 *
 * @param part which part of the frame it belongs to
 * @param text the characters drawn
 * @param bounds where its glyphs may lie: the text's advance width by the line's height
 * @param fontSize the font's pixel size; its cap height is {@link Layout#CAP_HEIGHT} of it
 */
public record TextLine(Part part, String text, Rectangle bounds, int fontSize) {

    /** The parts of a frame that hold text; {@code TICKER} is the footer's page of coming items. */
    public enum Part { LABEL, AREA, TITLE, INFO_LABEL, INFO, BODY, QR_CAPTION, FOOTER, TICKER }

    /** Checks and copies. */
    public TextLine {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        bounds = new Rectangle(bounds);
    }

    /** The cap height of the line's letters in pixels. */
    public double capHeight() {
        return fontSize * Layout.CAP_HEIGHT;
    }
}
