package dk.infoskaerm.render;

import dk.infoskaerm.content.Orientation;
import java.awt.Rectangle;

/**
 * Where things go on a frame, computed from its size alone, so tests can look at the same boxes the renderer fills.
 *
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param orientation landscape when wider than tall
 * @param labelBox the band naming the kind of slide ("Arrangement")
 * @param titleBox the title, in large type
 * @param infoBox when, where and who, one line each
 * @param bodyBox the slide's longer text
 * @param qrBox the white card holding the QR code, when the slide has a link
 * @param footerBox the bottom band: coming events, date and clock
 * @param imageBox the panel holding an announcement's picture, empty when the slide has none; no text is drawn on it
 * @param fonts the pixel sizes of the fonts used in the boxes
 */
public record Layout(int width, int height, Orientation orientation, Rectangle labelBox, Rectangle titleBox,
                     Rectangle infoBox, Rectangle bodyBox, Rectangle qrBox, Rectangle footerBox, Rectangle imageBox,
                     FontSizes fonts) {

    /** Line height as a multiple of the font size; covers ascent and descent of DejaVu Sans. */
    public static final double LINE_SPACING = 1.2;

    /**
     * Font sizes in pixels.
     *
     * @param label kind label
     * @param title title; its cap height is about 0.73 of this
     * @param info info lines
     * @param body body text
     * @param footer footer line
     */
    public record FontSizes(int label, int title, int info, int body, int footer) {
    }

    /** Returns copies, as {@link Rectangle} is mutable. */
    public Layout {
        labelBox = new Rectangle(labelBox);
        titleBox = new Rectangle(titleBox);
        infoBox = new Rectangle(infoBox);
        bodyBox = new Rectangle(bodyBox);
        qrBox = new Rectangle(qrBox);
        footerBox = new Rectangle(footerBox);
        imageBox = new Rectangle(imageBox);
    }

    /**
     * The layout of a {@code width}×{@code height} frame with {@code infoLines} lines of info and, when
     * {@code withQr}, room for a QR code.
     */
    public static Layout of(int width, int height, int infoLines, boolean withQr) {
        return of(width, height, infoLines, withQr, false);
    }

    /**
     * As {@link #of(int, int, int, boolean)}, and when {@code withImage} a panel for a picture: the right part of
     * a landscape frame, the top of a portrait one. Text keeps its sizes and moves beside or below the picture.
     */
    public static Layout of(int width, int height, int infoLines, boolean withQr, boolean withImage) {
        if (width < 160 || height < 160) {
            throw new IllegalArgumentException("frame too small: " + width + "x" + height + " (at least 160x160)");
        }
        boolean landscape = width >= height;
        int unit = Math.min(width, height);
        int margin = round(0.04 * unit);
        FontSizes fonts = new FontSizes(round(0.045 * unit), round(0.108 * unit), round(0.044 * unit),
                round(0.04 * unit), round(0.034 * unit));
        int footerHeight = landscape ? Math.max(round(0.1 * height), lines(1, fonts.footer()) + margin)
                : lines(2, fonts.footer()) + margin;
        Rectangle footer = new Rectangle(0, height - footerHeight, width, footerHeight);

        Rectangle image = new Rectangle(0, 0, 0, 0);
        int left = margin;
        int right = width - margin;
        int top = margin;
        if (withImage && landscape) {
            image = new Rectangle(width - round(0.4 * width), 0, round(0.4 * width), footer.y);
            right = image.x - margin;
        } else if (withImage) {
            image = new Rectangle(0, 0, width, round(0.28 * height));
            top = image.height + margin;
        }
        int columnWidth = right - left;

        Rectangle label = new Rectangle(left, top, columnWidth, round(0.075 * unit));
        int titleLines = landscape || withImage ? 2 : 3;
        Rectangle title = new Rectangle(left, label.y + label.height + margin / 2, columnWidth,
                lines(titleLines, fonts.title()));

        int regionTop = title.y + title.height + margin / 2;
        int regionBottom = footer.y - margin / 2;
        int captionHeight = lines(1, fonts.footer());
        int portraitQr = withQr && !landscape ? round((withImage ? 0.3 : 0.4) * width) : 0;
        int infoBottom = withQr && !landscape ? regionBottom - captionHeight - portraitQr - margin / 2 : regionBottom;
        int infoRoom = Math.max(0, infoBottom - regionTop) / lineHeight(fonts.info());
        int infoHeight = lines(Math.min(infoLines, infoRoom), fonts.info());
        Rectangle info;
        Rectangle body;
        Rectangle qr;
        if (landscape) {
            double qrShare = withImage ? 0.14 : 0.22;
            int qrSize = withQr ? Math.max(0, Math.min(round(qrShare * width), regionBottom - regionTop - captionHeight))
                    : 0;
            qr = new Rectangle(right - qrSize, regionTop, qrSize, qrSize);
            int textWidth = withQr ? qr.x - margin - left : columnWidth;
            info = new Rectangle(left, regionTop, textWidth, infoHeight);
            int bodyTop = info.y + info.height + (infoLines > 0 ? margin / 2 : 0);
            body = new Rectangle(left, bodyTop, textWidth, Math.max(0, regionBottom - bodyTop));
        } else {
            int qrSize = portraitQr;
            int qrTop = regionBottom - captionHeight - qrSize;
            qr = new Rectangle(right - qrSize, qrTop, qrSize, qrSize);
            info = new Rectangle(left, regionTop, columnWidth, infoHeight);
            int bodyTop = info.y + info.height + (infoLines > 0 ? margin / 2 : 0);
            int bodyBottom = withQr ? qrTop - margin / 2 : regionBottom;
            body = new Rectangle(left, bodyTop, columnWidth, Math.max(0, bodyBottom - bodyTop));
        }
        return new Layout(width, height, landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT,
                label, title, info, body, qr, footer, image, fonts);
    }

    /** How many rows of info fit in the info box. */
    public int infoRows() {
        return infoBox.height / lineHeight(fonts.info());
    }

    /** The height of {@code count} lines of text in a font of {@code fontSize} pixels. */
    public static int lines(int count, int fontSize) {
        return count * lineHeight(fontSize);
    }

    /** The height of one line of text in a font of {@code fontSize} pixels. */
    public static int lineHeight(int fontSize) {
        return (int) Math.ceil(fontSize * LINE_SPACING);
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }
}
