package dk.infoskaerm.render;

import dk.infoskaerm.content.ItemKind;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** What frames the words: the background and its bands, the kind tag with the area's name, and the picture. */
final class Decor {

    private Decor() {
    }

    static void drawBackground(Canvas canvas, Layout layout, Theme theme, ItemKind kind) {
        canvas.fill(theme.background(), new Rectangle(0, 0, layout.width(), layout.height()));
        int margin = layout.labelBox().x;
        if (kind == ItemKind.MEETING) {
            canvas.fill(theme.band(), new Rectangle(0, 0, Math.max(4, margin / 2), layout.footerBox().y));
        }
        if (kind == ItemKind.URGENT) {
            int border = Math.max(4, margin / 4);
            canvas.fill(theme.text(), new Rectangle(0, 0, layout.width(), border));
            canvas.fill(theme.text(), new Rectangle(0, 0, border, layout.footerBox().y));
            canvas.fill(theme.text(), new Rectangle(layout.width() - border, 0, border, layout.footerBox().y));
        }
    }

    /**
     * The whole picture, scaled to fit its panel but never enlarged more than {@link #MAX_ENLARGEMENT} times, centred
     * on the theme's dark band colour: posters and banners are not cut, small pictures not blurred, and no text lies
     * on the picture, so the text's contrast does not depend on it.
     */
    static void drawPicture(Graphics2D g, BufferedImage picture, Rectangle box, Theme theme) {
        g.setColor(theme.footer());
        g.fillRect(box.x, box.y, box.width, box.height);
        double scale = Math.min(MAX_ENLARGEMENT,
                Math.min((double) box.width / picture.getWidth(), (double) box.height / picture.getHeight()));
        int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    /** The most a picture is enlarged: more turns a small picture into a blur. */
    static final double MAX_ENLARGEMENT = 2.0;

    /** The kind tag at the top left, and the area's name at the right of the same band. */
    static void drawLabel(Canvas canvas, Layout layout, Theme theme, String label, boolean warning,
                                  String area) {
        Graphics2D g = canvas.graphics();
        Rectangle box = layout.labelBox();
        Font font = FrameRenderer.bold(layout.fonts().label());
        g.setFont(font);
        int pad = box.height / 3;
        int icon = warning ? box.height : 0;
        int maxText = box.width * 2 / 3 - 2 * pad - icon;
        String text = TextFit.line(label, g.getFontMetrics(), maxText);
        int tagWidth = g.getFontMetrics().stringWidth(text) + 2 * pad + icon;
        g.setColor(theme.band());
        g.fillRoundRect(box.x, box.y, tagWidth, box.height, pad, pad);
        if (warning) {
            drawWarningSign(g, new Rectangle(box.x + pad, box.y + box.height / 8, box.height * 3 / 4,
                    box.height * 3 / 4), theme);
        }
        canvas.text(TextLine.Part.LABEL, text, font, box.x + pad + icon, box, theme.bandText());
        if (!isBlank(area)) {
            Font plain = FrameRenderer.plain(layout.fonts().label());
            g.setFont(plain);
            int room = box.width - tagWidth - 2 * pad;
            String name = TextFit.line(area, g.getFontMetrics(), room);
            canvas.text(TextLine.Part.AREA, name, plain, box.x + box.width - g.getFontMetrics().stringWidth(name), box,
                    theme.text());
        }
    }

    private static void drawWarningSign(Graphics2D g, Rectangle r, Theme theme) {
        g.setColor(theme.bandText());
        g.fillPolygon(new int[] {r.x + r.width / 2, r.x + r.width, r.x}, new int[] {r.y, r.y + r.height, r.y + r.height}, 3);
        g.setColor(theme.band());
        int barWidth = Math.max(2, r.width / 9);
        int cx = r.x + r.width / 2;
        g.fillRect(cx - barWidth / 2, r.y + r.height * 3 / 8, barWidth, r.height * 3 / 8);
        g.fillRect(cx - barWidth / 2, r.y + r.height * 13 / 16, barWidth, barWidth);
    }


    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
