package dk.infoskaerm.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/** A frame being drawn: the graphics, and the account of every line of text drawn on it. */
final class Canvas {

    private final Graphics2D g;
    private final List<TextLine> lines = new ArrayList<>();

    Canvas(Graphics2D g) {
        this.g = g;
    }

    Graphics2D graphics() {
        return g;
    }

    List<TextLine> lines() {
        return List.copyOf(lines);
    }

    /** Draws {@code text} in {@code font} from {@code x}, vertically centred in {@code line}; emoji the fonts lack go. */
    void text(TextLine.Part part, String text, Font font, int x, Rectangle line, Color color) {
        String shown = Texts.displayable(text, font);
        if (shown.isBlank()) {
            return;
        }
        g.setFont(font);
        var metrics = g.getFontMetrics();
        int baseline = line.y + (line.height - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
        // A first glyph that reaches left of its origin (the "j" of "jeres") moves right, so ink stays in its box.
        double overhang = -font.createGlyphVector(g.getFontRenderContext(), shown).getVisualBounds().getMinX();
        g.setColor(color);
        g.drawString(shown, x + (float) Math.max(0, Math.ceil(overhang)), baseline);
        lines.add(new TextLine(part, shown, new Rectangle(x, line.y, metrics.stringWidth(shown), line.height),
                font.getSize()));
    }

    void fill(Color color, Rectangle box) {
        g.setColor(color);
        g.fillRect(box.x, box.y, box.width, box.height);
    }
}
