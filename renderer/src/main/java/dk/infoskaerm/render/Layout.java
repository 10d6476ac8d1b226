package dk.infoskaerm.render;

import dk.infoskaerm.content.Orientation;
import java.awt.Rectangle;

/**
 * Where things go on a frame. {@link #of} computes the frame's fixed parts from its size alone (label band, footer,
 * picture panel, QR card and the text column); the renderer then fits a slide's words into the column and reports the
 * boxes it filled through {@link #withText}, so tests look at the same boxes the renderer fills.
 *
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param orientation landscape when wider than tall
 * @param labelBox the band naming the kind of slide ("Arrangement")
 * @param titleBox the title, in large type
 * @param infoBox when, where and who
 * @param bodyBox the slide's longer text
 * @param qrBox the white card holding the QR code, when the slide has a link; its caption goes below it. On a
 *              portrait frame without a picture it lies in the footer band, right of the clock and ticker
 * @param footerBox the bottom band: coming events, date and clock
 * @param imageBox the panel holding an announcement's picture, empty when the slide has none; no text is drawn on it
 * @param columnBox the text column that title, info and body share, top to bottom
 * @param fonts the pixel sizes of the fonts used in the boxes
 */
public record Layout(int width, int height, Orientation orientation, Rectangle labelBox, Rectangle titleBox,
                     Rectangle infoBox, Rectangle bodyBox, Rectangle qrBox, Rectangle footerBox, Rectangle imageBox,
                     Rectangle columnBox, FontSizes fonts) {

    /** Line height as a multiple of the font size; covers ascent and descent of DejaVu Sans. */
    public static final double LINE_SPACING = 1.2;
    /** Cap height of DejaVu Sans as a share of its font size. */
    public static final double CAP_HEIGHT = 0.729;

    /** Cap heights at 1080 pixels on the short side, the issue-15 table; other frames scale with their short side. */
    static final int TITLE_GOAL_CAP = 82;
    static final int TITLE_FLOOR_CAP = 57;
    static final int INFO_CAP = 57;
    static final int BODY_CAP = 41;
    static final int FOOTER_CAP = 33;

    /**
     * Font sizes in pixels.
     *
     * @param label kind label
     * @param title the title's goal size; it shrinks towards {@code titleFloor} before it wraps further
     * @param info info lines ("Hvornår", "Hvor")
     * @param body body text
     * @param footer footer line
     * @param titleFloor the smallest title
     */
    public record FontSizes(int label, int title, int info, int body, int footer, int titleFloor) {
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
        columnBox = new Rectangle(columnBox);
    }

    /**
     * The layout of a {@code width}×{@code height} frame with {@code infoLines} lines of info and, when
     * {@code withQr}, room for a QR code.
     */
    public static Layout of(int width, int height, int infoLines, boolean withQr) {
        return of(width, height, infoLines, withQr, false);
    }

    /**
     * As {@link #of(int, int, int, boolean)}, and when {@code withImage} a panel for a picture: the right part of a
     * landscape frame, the top of a portrait one; the QR card then sits in that panel beside or below the picture.
     * Title, info and body get default boxes (two title lines at the goal size) until {@link #withText} says more.
     */
    public static Layout of(int width, int height, int infoLines, boolean withQr, boolean withImage) {
        return of(width, height, infoLines, withQr, withImage ? 1.0 : 0);
    }

    /** The shape from which a picture counts as a banner: at least this many times as wide as tall. */
    static final double BANNER = 2.5;

    /**
     * As {@link #of(int, int, int, boolean, boolean)} for a picture {@code imageAspect} times as wide as tall (0 for
     * none): a banner on a landscape frame gets a band across the top, as on a portrait frame, sized to its shape,
     * instead of a thin strip in a tall panel.
     */
    static Layout of(int width, int height, int infoLines, boolean withQr, double imageAspect) {
        boolean withImage = imageAspect > 0;
        boolean banner = width >= height && imageAspect >= BANNER;
        if (width < 160 || height < 160) {
            throw new IllegalArgumentException("frame too small: " + width + "x" + height + " (at least 160x160)");
        }
        boolean landscape = width >= height;
        int unit = Math.min(width, height);
        int margin = round(0.04 * unit);
        FontSizes fonts = fontSizes(unit);
        int caption = lines(1, fonts.footer());
        // a portrait frame without a picture keeps its QR code in the footer band, beside the clock and ticker,
        // so the text column runs the full width down to the footer
        boolean qrInFooter = withQr && !landscape && !withImage;
        int footerQr = qrInFooter ? round(0.25 * width) : 0;
        int footerHeight = landscape ? Math.max(round(0.1 * height), lines(1, fonts.footer()) + margin)
                : Math.max(lines(2, fonts.footer()), qrInFooter ? footerQr + caption : 0) + margin;
        Rectangle footer = new Rectangle(0, height - footerHeight, width, footerHeight);

        Rectangle image = new Rectangle();
        Rectangle qr = new Rectangle();
        int left = margin;
        int right = width - margin;
        int top = margin;
        int bottom = footer.y - margin / 2;
        if (withImage && landscape && !banner) {
            Rectangle panel = new Rectangle(width - round(0.4 * width), 0, round(0.4 * width), footer.y);
            right = panel.x - margin;
            int qrSize = withQr ? Math.min(round(0.14 * width), panel.height / 3) : 0;
            qr = withQr ? new Rectangle(panel.x + (panel.width - qrSize) / 2, footer.y - margin / 2 - caption - qrSize,
                    qrSize, qrSize) : qr;
            image = new Rectangle(panel.x, 0, panel.width, withQr ? qr.y - margin / 2 : panel.height);
        } else if (withImage) {
            Rectangle panel = new Rectangle(0, 0, width, banner
                    ? Math.max(lines(1, fonts.footer()) * 4, Math.min(round(0.3 * height), round(width / imageAspect)))
                    : round(0.28 * height));
            int qrSize = withQr ? Math.min(round(0.3 * width), panel.height - caption - margin) : 0;
            qr = withQr ? new Rectangle(width - margin - qrSize, margin / 2, qrSize, qrSize) : qr;
            image = new Rectangle(0, 0, withQr ? captionBox(width, qr, margin, fonts).x - margin / 2 : width,
                    panel.height);
            top = panel.height + margin;
        } else if (withQr && landscape) {
            int qrSize = Math.min(round(0.2 * width), bottom - top - caption);
            qr = new Rectangle(right - qrSize, top + round(0.075 * unit) + margin / 2, qrSize, qrSize);
            right = qr.x - margin;
        } else if (withQr) {
            qr = new Rectangle(right - footerQr, footer.y + margin / 2, footerQr, footerQr);
        }
        int columnWidth = right - left;
        Rectangle label = new Rectangle(left, top, landscape && withQr && !withImage ? width - 2 * margin
                : columnWidth, round(0.075 * unit));
        int columnTop = label.y + label.height + margin / 2;
        Rectangle column = new Rectangle(left, columnTop, columnWidth, Math.max(0, bottom - columnTop));

        Rectangle title = new Rectangle(left, columnTop, columnWidth,
                Math.min(column.height, lines(landscape || withImage ? 2 : 3, fonts.title())));
        int infoTop = title.y + title.height + margin / 2;
        int infoRoom = Math.max(0, bottom - infoTop) / lineHeight(fonts.info());
        Rectangle info = new Rectangle(left, infoTop, columnWidth, lines(Math.min(infoLines, infoRoom), fonts.info()));
        int bodyTop = info.y + info.height + (infoLines > 0 ? margin / 2 : 0);
        Rectangle body = new Rectangle(left, bodyTop, columnWidth, Math.max(0, bottom - bodyTop));
        return new Layout(width, height, landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT,
                label, title, info, body, qr, footer, image, column, fonts);
    }

    /** The font sizes for a frame whose short side is {@code unit} pixels. */
    static FontSizes fontSizes(int unit) {
        double scale = unit / 1080.0;
        return new FontSizes(round(0.045 * unit), font(TITLE_GOAL_CAP, scale), font(INFO_CAP, scale),
                font(BODY_CAP, scale), font(FOOTER_CAP, scale), font(TITLE_FLOOR_CAP, scale));
    }

    private static int font(int capAt1080, double scale) {
        return (int) Math.ceil(capAt1080 * scale / CAP_HEIGHT);
    }

    /** This layout with the boxes the slide's text was drawn in. */
    Layout withText(Rectangle title, Rectangle info, Rectangle body) {
        return new Layout(width, height, orientation, labelBox, title, info, body, qrBox, footerBox, imageBox,
                columnBox, fonts);
    }

    /** Where the QR code's caption goes: under the card, two margins wider on each side, inside the frame. */
    public Rectangle captionBox() {
        if (qrBox.isEmpty()) {
            return new Rectangle();
        }
        return captionBox(width, qrBox, labelBox.x, fonts);
    }

    private static Rectangle captionBox(int width, Rectangle qr, int margin, FontSizes fonts) {
        int boxWidth = Math.min(width - margin, qr.width + 4 * margin);
        int left = Math.max(0, Math.min(width - margin / 2 - boxWidth, qr.x + (qr.width - boxWidth) / 2));
        return new Rectangle(left, qr.y + qr.height, boxWidth, lineHeight(fonts.footer()));
    }

    /** The gap between title, info and body. */
    int gap() {
        return labelBox.x / 2;
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
