package dk.infoskaerm.render;

import com.google.zxing.common.BitMatrix;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.text.DanishDates;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws what a screen shows at a moment with Java2D. Depends only on {@code content} and {@code java.desktop}, so the
 * server can reuse it for previews. Thread-safe: it keeps no state.
 */
public final class FrameRenderer {

    /** Rows an info value may take before it is shortened. */
    private static final int MAX_INFO_ROWS = 2;

    private FrameRenderer() {
    }

    /** What a heartbeat reports for a dark screen. */
    public static final String DARK = "dark";
    /** What a heartbeat reports for the idle slide. */
    public static final String IDLE = "idle";

    /**
     * The slide showing at {@code at} by {@link Feed#slideAt}; empty means idle (or dark), as for a null feed and
     * outside the feed's opening hours.
     */
    public static Optional<Slide> slideAt(Feed feed, Instant at) {
        return feed == null || !feed.isOpenAt(at) ? Optional.empty() : feed.slideAt(at);
    }

    /** Whether the screen is black at {@code at}: outside opening hours that say {@code DARK}. */
    public static boolean isDarkAt(Feed feed, Instant at) {
        return feed != null && feed.openingHours() != null && !feed.isOpenAt(at)
                && feed.openingHours().outside() == OpeningHours.Outside.DARK;
    }

    /** What the screen shows at {@code at}, as a heartbeat reports it: a slide's id, {@code idle} or {@code dark}. */
    public static String showingAt(Feed feed, Instant at) {
        return isDarkAt(feed, at) ? DARK : slideAt(feed, at).map(Slide::id).orElse(IDLE);
    }

    /**
     * Renders the frame of {@code feed} at {@code at}; a null feed gives the idle slide without an area name. Outside
     * the feed's opening hours the frame is black or the idle slide, as the hours say.
     */
    public static RenderedFrame render(Feed feed, Instant at, int width, int height) {
        return render(feed, at, width, height, Pictures.NONE);
    }

    /**
     * As {@link #render(Feed, Instant, int, int)}, with the slides' pictures looked up in {@code pictures}; a slide
     * whose picture is not at hand is drawn without it.
     */
    public static RenderedFrame render(Feed feed, Instant at, int width, int height, Pictures pictures) {
        Slide slide = slideAt(feed, at).orElse(null);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (isDarkAt(feed, at)) {
                g.setColor(java.awt.Color.BLACK);
                g.fillRect(0, 0, width, height);
                return new RenderedFrame(image, null, Layout.of(width, height, 1, false));
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Layout layout;
            Theme theme;
            if (slide == null) {
                layout = Layout.of(width, height, 1, false);
                theme = Theme.IDLE;
                drawIdle(g, layout, feed, at);
            } else {
                // "Har du en idé?" and "Book en politiker" bring data; their words are the screen's own.
                List<InfoLine> info = DialogSlides.presents(slide.kind()) ? DialogSlides.infoLines(slide)
                        : infoLines(slide);
                Slide shown = DialogSlides.presents(slide.kind()) ? DialogSlides.presented(slide) : slide;
                Optional<BitMatrix> qr = shown.url().isBlank() ? Optional.empty() : QrCodes.encode(shown.url());
                Optional<BufferedImage> picture = shown.hasImage() ? pictures.find(shown.image()) : Optional.empty();
                Layout first = Layout.of(width, height, info.size(), qr.isPresent(), picture.isPresent());
                info = fitInfo(g, first, info);
                layout = Layout.of(width, height, info.size(), qr.isPresent(), picture.isPresent());
                theme = Theme.of(slide.kind());
                drawSlide(g, layout, theme, feed, shown, info, qr);
                picture.ifPresent(p -> drawPicture(g, p, layout.imageBox(), theme));
            }
            drawFooter(g, layout, theme, feed, at);
            return new RenderedFrame(image, slide, layout);
        } finally {
            g.dispose();
        }
    }

    /**
     * Renders a notice for a technician in place of the idle slide: a problem the screen cannot solve by itself
     * ({@code text}, Danish), with the area, date and time in the footer as on every frame.
     */
    public static RenderedFrame renderNotice(Feed feed, String text, Instant at, int width, int height) {
        java.util.Objects.requireNonNull(text, "text");
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Layout layout = Layout.of(width, height, 1, false);
            Theme theme = Theme.IDLE;
            g.setColor(theme.background());
            g.fillRect(0, 0, width, height);
            drawLabel(g, layout, theme, Texts.get("notice.label"), true, "");
            drawWrapped(g, Texts.get("notice.title"), bold(layout.fonts().title()), layout.titleBox(), theme);
            Rectangle body = layout.bodyBox().union(layout.infoBox());
            drawWrapped(g, text, plain(layout.fonts().info()), body, theme);
            drawFooter(g, layout, theme, feed, at);
            return new RenderedFrame(image, null, layout);
        } finally {
            g.dispose();
        }
    }

    /** Renders a small idle frame once, so that fonts and drawing code are loaded before the first real frame. */
    public static void warmUp() {
        try {
            render(null, Instant.now(), 320, 180);
        } catch (RuntimeException e) {
            // the real frame will meet the same problem and say so
        }
    }

    /** The picture alone, as {@link #render} draws it. */
    public static BufferedImage renderImage(Feed feed, Instant at, int width, int height) {
        return render(feed, at, width, height).image();
    }

    /** One row of the info box; {@code label} is empty on a value's second row, which is indented. */
    record InfoLine(String label, String value) {
    }

    /**
     * The info rows to draw: long values wrapped onto a second row when there is room for that, else one row each
     * (shortened with an ellipsis); on a small frame the last lines go, never into the footer.
     */
    private static List<InfoLine> fitInfo(Graphics2D g, Layout layout, List<InfoLine> info) {
        int room = Layout.of(layout.width(), layout.height(), Integer.MAX_VALUE / 2, !layout.qrBox().isEmpty(),
                !layout.imageBox().isEmpty()).infoRows();
        List<InfoLine> rows = wrapInfo(g, layout, info, MAX_INFO_ROWS);
        if (rows.size() > room) {
            rows = wrapInfo(g, layout, info, 1);
        }
        return rows.size() > room ? rows.subList(0, room) : rows;
    }

    /** Splits values too long for one row onto further, indented rows, so a time is not cut off. */
    private static List<InfoLine> wrapInfo(Graphics2D g, Layout layout, List<InfoLine> info, int maxRows) {
        int width = layout.infoBox().width;
        int indent = labelWidth(g, layout, info);
        g.setFont(plain(layout.fonts().info()));
        List<InfoLine> rows = new ArrayList<>();
        for (InfoLine line : info) {
            List<String> parts = TextFit.wrap(line.value().replaceAll("\\s+", " "), g.getFontMetrics(), width - indent,
                    maxRows);
            for (int i = 0; i < parts.size(); i++) {
                rows.add(new InfoLine(i == 0 ? line.label() : "", parts.get(i)));
            }
        }
        return rows;
    }

    /** The width of the widest label plus a space: where values start, so they line up. */
    private static int labelWidth(Graphics2D g, Layout layout, List<InfoLine> info) {
        g.setFont(bold(layout.fonts().info()));
        int widest = info.stream().mapToInt(l -> g.getFontMetrics().stringWidth(l.label() + " ")).max().orElse(0);
        return Math.min(widest, layout.infoBox().width / 2);
    }

    static List<InfoLine> infoLines(Slide slide) {
        List<InfoLine> lines = new ArrayList<>();
        if (slide.kind().showsStart() && slide.start() != null) {
            lines.add(new InfoLine(Texts.get("info.when"), DanishDates.span(slide.start(), slide.end(), slide.allDay())));
        }
        if (!slide.location().isBlank()) {
            lines.add(new InfoLine(Texts.get("info.where"), slide.location()));
        }
        MeetingDetails meeting = slide.meeting();
        if (slide.kind() == ItemKind.MEETING && meeting != null) {
            // One politician per row, "name (party), role": the label on the first row only.
            for (int i = 0; i < meeting.politicians().size(); i++) {
                lines.add(new InfoLine(i == 0 ? Texts.get("info.politicians") : "", meeting.politicians().get(i)));
            }
            if (!meeting.committee().isBlank()) {
                lines.add(new InfoLine(Texts.get("info.committee"), meeting.committee()));
            }
            if (meeting.seatsLeft() != null) {
                lines.add(new InfoLine(Texts.get("info.signUp"), meeting.seatsLeft() == 0 ? Texts.get("seats.full")
                        : Texts.get(meeting.seatsLeft() == 1 ? "seats.one" : "seats.left").replace("{0}",
                                String.valueOf(meeting.seatsLeft()))));
            } else if (!meeting.signUp().isBlank()) {
                lines.add(new InfoLine(Texts.get("info.signUp"), meeting.signUp()));
            }
        }
        return lines;
    }

    private static void drawSlide(Graphics2D g, Layout layout, Theme theme, Feed feed, Slide slide,
                                  List<InfoLine> info, Optional<BitMatrix> qr) {
        g.setColor(theme.background());
        g.fillRect(0, 0, layout.width(), layout.height());
        int margin = layout.labelBox().x;
        if (slide.kind() == ItemKind.MEETING) {
            g.setColor(theme.band());
            g.fillRect(0, 0, Math.max(4, margin / 2), layout.footerBox().y);
        }
        if (slide.kind() == ItemKind.URGENT) {
            int border = Math.max(4, margin / 4);
            g.setColor(theme.text());
            g.fillRect(0, 0, layout.width(), border);
            g.fillRect(0, 0, border, layout.footerBox().y);
            g.fillRect(layout.width() - border, 0, border, layout.footerBox().y);
        }
        String label = Texts.get("kind." + slide.kind().wireName());
        drawLabel(g, layout, theme, label, slide.kind() == ItemKind.URGENT, feed == null ? "" : feed.areaName());
        drawWrapped(g, slide.title(), bold(layout.fonts().title()), layout.titleBox(), theme);
        drawInfo(g, layout, theme, info);
        drawWrapped(g, slide.body(), plain(layout.fonts().body()), layout.bodyBox(), theme);
        qr.ifPresent(code -> {
            QrCodes.draw(g, code, layout.qrBox());
            Rectangle box = layout.qrBox();
            Font font = plain(layout.fonts().footer());
            g.setFont(font);
            String caption = TextFit.line(Texts.get("qr.caption"), g.getFontMetrics(), box.width);
            int x = box.x + (box.width - g.getFontMetrics().stringWidth(caption)) / 2;
            drawLine(g, caption, x, new Rectangle(box.x, box.y + box.height, box.width,
                    Layout.lineHeight(font.getSize())), theme.text());
        });
    }

    /**
     * The whole picture, scaled to fit its panel and centred on the theme's dark band colour: posters are not cut,
     * and no text lies on the picture, so the text's contrast does not depend on it.
     */
    private static void drawPicture(Graphics2D g, BufferedImage picture, Rectangle box, Theme theme) {
        g.setColor(theme.footer());
        g.fillRect(box.x, box.y, box.width, box.height);
        double scale = Math.min((double) box.width / picture.getWidth(), (double) box.height / picture.getHeight());
        int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    private static void drawIdle(Graphics2D g, Layout layout, Feed feed, Instant at) {
        Theme theme = Theme.IDLE;
        g.setColor(theme.background());
        g.fillRect(0, 0, layout.width(), layout.height());
        drawLabel(g, layout, theme, Texts.get("idle.label"), false, "");
        String area = feed == null || isBlank(feed.areaName()) ? Texts.get("idle.fallbackArea") : feed.areaName();
        drawWrapped(g, area, bold(layout.fonts().title()), layout.titleBox(), theme);
        drawWrapped(g, DanishDates.day(at.atZone(DanishDates.ZONE).toLocalDate()), plain(layout.fonts().info()),
                layout.infoBox(), theme);
        Rectangle body = layout.bodyBox();
        int clockSize = (int) Math.min(body.height / Layout.LINE_SPACING, 0.25 * Math.min(layout.width(), layout.height()));
        if (clockSize > 0) {
            drawWrapped(g, DanishDates.time(at), bold(clockSize), body, theme);
        }
    }

    /** The kind tag at the top left, and the area's name at the right of the same band. */
    private static void drawLabel(Graphics2D g, Layout layout, Theme theme, String label, boolean warning, String area) {
        Rectangle box = layout.labelBox();
        Font font = bold(layout.fonts().label());
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
        drawLine(g, text, box.x + pad + icon, box, theme.bandText());
        if (!isBlank(area)) {
            g.setFont(plain(layout.fonts().label()));
            int room = box.width - tagWidth - 2 * pad;
            String name = TextFit.line(area, g.getFontMetrics(), room);
            drawLine(g, name, box.x + box.width - g.getFontMetrics().stringWidth(name), box, theme.text());
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

    private static void drawInfo(Graphics2D g, Layout layout, Theme theme, List<InfoLine> info) {
        Rectangle box = layout.infoBox();
        int lineHeight = Layout.lineHeight(layout.fonts().info());
        Font labelFont = bold(layout.fonts().info());
        Font valueFont = plain(layout.fonts().info());
        int labelWidth = labelWidth(g, layout, info);
        int rows = Math.min(info.size(), box.height / lineHeight);
        for (int i = 0; i < rows; i++) {
            Rectangle line = new Rectangle(box.x, box.y + i * lineHeight, box.width, lineHeight);
            g.setFont(labelFont);
            String label = TextFit.line(info.get(i).label(), g.getFontMetrics(), labelWidth);
            drawLine(g, label, line.x, line, theme.text());
            g.setFont(valueFont);
            String value = TextFit.line(info.get(i).value(), g.getFontMetrics(), box.width - labelWidth);
            drawLine(g, value, line.x + labelWidth, line, theme.text());
        }
    }

    private static void drawFooter(Graphics2D g, Layout layout, Theme theme, Feed feed, Instant at) {
        Rectangle box = layout.footerBox();
        g.setColor(theme.footer());
        g.fillRect(box.x, box.y, box.width, box.height);
        int margin = layout.labelBox().x;
        int lineHeight = Layout.lineHeight(layout.fonts().footer());
        Font boldFont = bold(layout.fonts().footer());
        Font plainFont = plain(layout.fonts().footer());
        String clock = DanishDates.dateTime(at, false);
        g.setFont(boldFont);
        int clockWidth = g.getFontMetrics().stringWidth(clock);
        Rectangle tickerLine;
        boolean landscape = layout.width() >= layout.height();
        if (landscape) {
            Rectangle line = new Rectangle(box.x + margin, box.y + (box.height - lineHeight) / 2,
                    box.width - 2 * margin, lineHeight);
            String shown = TextFit.line(clock, g.getFontMetrics(), line.width);
            drawLine(g, shown, line.x + line.width - g.getFontMetrics().stringWidth(shown), line, theme.footerText());
            tickerLine = new Rectangle(line.x, line.y, Math.max(0, line.width - clockWidth - margin), lineHeight);
        } else {
            int top = box.y + (box.height - 2 * lineHeight) / 2;
            Rectangle line = new Rectangle(box.x + margin, top, box.width - 2 * margin, lineHeight);
            drawLine(g, TextFit.line(clock, g.getFontMetrics(), line.width), line.x, line, theme.footerText());
            tickerLine = new Rectangle(line.x, top + lineHeight, line.width, lineHeight);
        }
        List<Feed.TickerEntry> ticker = feed == null ? List.of() : feed.tickerAt(at);
        if (ticker.isEmpty() || tickerLine.width <= 0) {
            return;
        }
        String coming = TextFit.line(Texts.get("footer.coming"), g.getFontMetrics(), tickerLine.width);
        drawLine(g, coming, tickerLine.x, tickerLine, theme.footerText());
        int used = g.getFontMetrics().stringWidth(coming + " ");
        g.setFont(plainFont);
        drawLine(g, tickerEntries(ticker, g.getFontMetrics(), tickerLine.width - used), tickerLine.x + used,
                tickerLine, theme.footerText());
    }

    /** As many whole entries as fit; only a first entry too long on its own is shortened. */
    private static String tickerEntries(List<Feed.TickerEntry> ticker, java.awt.FontMetrics metrics, int maxWidth) {
        String shown = "";
        for (Feed.TickerEntry entry : ticker) {
            String next = shown.isEmpty() ? tickerText(entry) : shown + "  ·  " + tickerText(entry);
            if (metrics.stringWidth(next) > maxWidth) {
                return shown.isEmpty() ? TextFit.line(next, metrics, maxWidth) : shown;
            }
            shown = next;
        }
        return shown;
    }

    private static String tickerText(Feed.TickerEntry entry) {
        String day = DanishDates.shortDay(entry.start().atZone(DanishDates.ZONE).toLocalDate());
        return entry.allDay() ? day + " " + entry.title() : day + " " + DanishDates.time(entry.start()) + " " + entry.title();
    }

    /** Wraps {@code text} into as many lines as fit in {@code box}. */
    private static void drawWrapped(Graphics2D g, String text, Font font, Rectangle box, Theme theme) {
        g.setFont(font);
        int lineHeight = Layout.lineHeight(font.getSize());
        int maxLines = box.height / lineHeight;
        List<String> lines = TextFit.wrap(text, g.getFontMetrics(), box.width, maxLines);
        for (int i = 0; i < lines.size(); i++) {
            drawLine(g, lines.get(i), box.x,
                    new Rectangle(box.x, box.y + i * lineHeight, box.width, lineHeight), theme.text());
        }
    }

    /** Draws one line starting at {@code x}, vertically centred in {@code line}, in the current font. */
    private static void drawLine(Graphics2D g, String text, int x, Rectangle line, java.awt.Color color) {
        if (text.isEmpty()) {
            return;
        }
        var metrics = g.getFontMetrics();
        int baseline = line.y + (line.height - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
        g.setColor(color);
        g.drawString(text, x, baseline);
    }

    private static Font bold(int size) {
        return new Font(Font.SANS_SERIF, Font.BOLD, size);
    }

    private static Font plain(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
