package dk.infoskaerm.render;

import com.google.zxing.common.BitMatrix;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.content.text.DanishDates;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The touch kiosk's pages: the browse view, the area's coming events and dialogue meetings as large tiles grouped as
 * today, this week and coming; and one item's details (a meeting's politicians, committee and sign-up too) with its
 * QR code. Each page comes with its tiles, the places
 * a tap or the keyboard's Enter acts on.
 */
public final class BrowseView {

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("dk.infoskaerm.render.StatusTexts", DANISH);
    private static final Color TILE = new Color(0x243B53);
    private static final Color FOCUS = new Color(0xF0B429);

    /**
     * A place to tap.
     *
     * @param bounds where it is on the page
     * @param slideId the item it opens, or null for the details page's way back
     */
    public record Tile(Rectangle bounds, String slideId) {
    }

    /**
     * A drawn page.
     *
     * @param image the picture
     * @param tiles the places to tap, in reading order
     */
    public record Page(BufferedImage image, List<Tile> tiles) {

        /** The tile at ({@code x}, {@code y}), if any. */
        public Optional<Tile> tileAt(int x, int y) {
            return tiles.stream().filter(t -> t.bounds().contains(x, y)).findFirst();
        }
    }

    private BrowseView() {
    }

    /**
     * The events and meetings the browse view lists at {@code at}: not yet over, by start. A busy area's events that
     * the agenda slide lists instead of a slide of their own come from its lines, with their title and time only.
     */
    public static List<Slide> items(Feed feed, Instant at) {
        if (feed == null) {
            return List.of();
        }
        List<Slide> items = new ArrayList<>(feed.slides().stream()
                .filter(s -> s.kind() == ItemKind.EVENT || s.kind() == ItemKind.MEETING)
                .filter(s -> s.start() != null && (s.end() != null ? s.end() : s.start()).isAfter(at)).toList());
        feed.slides().stream().filter(s -> s.kind() == ItemKind.AGENDA).flatMap(s -> s.agendaAt(at).stream())
                .filter(line -> items.stream().noneMatch(s -> s.title().equals(line.title())
                        && s.start().equals(line.start())))
                .map(line -> new Slide("agenda:" + line.start() + ":" + line.title(), ItemKind.EVENT, line.title(), "",
                        line.start(), line.showUntil(), line.allDay(), "", "", null, line.start(), line.showUntil(), 1))
                .forEach(items::add);
        items.sort(Comparator.comparing(Slide::start));
        return List.copyOf(items);
    }

    /** The side of a tile and of the back button, in pixels, for a {@code width}×{@code height} page. */
    public static int unit(int width, int height) {
        return Math.max(8, Math.min(Math.max(width, height) / 48, width / 27));
    }

    /** The browse view at {@code at}; the tile at {@code focus} (keyboard) is outlined, -1 for none. */
    public static Page browse(Feed feed, Instant at, int width, int height, int focus) {
        int unit = unit(width, height);
        int margin = unit;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        List<Tile> tiles = new ArrayList<>();
        try {
            int band = header(g, width, unit, new MessageFormat(TEXTS.getString("browse.title"), DANISH)
                    .format(new Object[] {feed == null ? "" : feed.areaName()}), TEXTS.getString("browse.hint"));
            List<Slide> items = items(feed, at);
            if (items.isEmpty()) {
                g.setColor(Color.WHITE);
                g.setFont(plain(unit));
                g.drawString(TEXTS.getString("browse.empty"), margin, band + 3 * unit);
                return new Page(image, List.of());
            }
            int columns = width > height ? 3 : 2;
            int tileWidth = (width - margin * (columns + 1)) / columns;
            int tileHeight = unit * 5;
            int rows = Math.max(1, (height - band - margin) / (tileHeight + margin));
            LocalDate today = at.atZone(DanishDates.ZONE).toLocalDate();
            LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            for (int i = 0; i < Math.min(items.size(), rows * columns); i++) {
                Slide slide = items.get(i);
                Rectangle box = new Rectangle(margin + (i % columns) * (tileWidth + margin),
                        band + margin + (i / columns) * (tileHeight + margin), tileWidth, tileHeight);
                LocalDate day = slide.start().atZone(DanishDates.ZONE).toLocalDate();
                String section = TEXTS.getString(!day.isAfter(today) ? "browse.today"
                        : day.isBefore(nextMonday) ? "browse.week" : "browse.coming");
                drawTile(g, box, unit, section + " · " + Texts.get("kind." + slide.kind().name().toLowerCase(Locale.ROOT)),
                        DanishDates.dateTime(slide.start(), slide.allDay()), slide.title(), i == focus);
                tiles.add(new Tile(box, slide.id()));
            }
            return new Page(image, List.copyOf(tiles));
        } finally {
            g.dispose();
        }
    }

    /** The details of {@code slide}: title, when, where, text, QR code of its link, and a way back. */
    public static Page details(Slide slide, int width, int height, boolean focusBack) {
        int unit = unit(width, height);
        int margin = unit;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            String kind = Texts.get("kind." + slide.kind().name().toLowerCase(Locale.ROOT));
            int band = header(g, width, unit, kind, "");
            Rectangle back = new Rectangle(margin, height - margin - unit * 3, Math.max(unit * 8, width / 5), unit * 3);
            Optional<BitMatrix> qr = slide.url() == null || slide.url().isBlank() ? Optional.empty()
                    : QrCodes.encode(slide.url());
            int qrSide = qr.isPresent() ? Math.min(width, height) / 3 : 0;
            int textWidth = width - 2 * margin - (qrSide > 0 ? qrSide + margin : 0);
            g.setColor(Color.WHITE);
            g.setFont(bold(unit * 2));
            int y = band + margin + g.getFontMetrics().getAscent();
            for (String line : TextFit.wrap(slide.title(), g.getFontMetrics(), textWidth, 3)) {
                g.drawString(line, margin, y);
                y += unit * 5 / 2;
            }
            int bottom = back.y - margin;
            y = row(g, TEXTS.getString("details.when"), DanishDates.span(slide.start(), slide.end(), slide.allDay()),
                    margin, y, textWidth, unit, bottom);
            if (slide.location() != null && !slide.location().isBlank()) {
                y = row(g, TEXTS.getString("details.where"), slide.location(), margin, y, textWidth, unit, bottom);
            }
            if (slide.meeting() != null) {
                String[][] meeting = {{"info.politicians", String.join(", ", slide.meeting().politicians())},
                        {"info.committee", slide.meeting().committee()}, {"info.signUp", slide.meeting().signUp()}};
                for (String[] line : meeting) {
                    if (!line[1].isBlank()) {
                        y = row(g, Texts.get(line[0]), line[1], margin, y, textWidth, unit, bottom);
                    }
                }
            }
            if (slide.body() != null && !slide.body().isBlank()) {
                g.setFont(plain(unit));
                int lineHeight = unit * 3 / 2;
                y += unit / 2;
                for (String line : TextFit.wrap(slide.body(), g.getFontMetrics(), textWidth,
                        Math.max(1, (bottom - y) / lineHeight))) {
                    g.drawString(line, margin, y);
                    y += lineHeight;
                }
            }
            if (qr.isPresent()) {
                Rectangle box = new Rectangle(width - margin - qrSide, band + margin, qrSide, qrSide);
                QrCodes.draw(g, qr.get(), box);
                g.setColor(Color.WHITE);
                g.setFont(plain(unit * 3 / 4));
                g.drawString(TEXTS.getString("details.qr"), box.x, box.y + box.height + unit);
            }
            drawTile(g, back, unit, "", "", TEXTS.getString("details.back"), focusBack);
            return new Page(image, List.of(new Tile(back, null)));
        } finally {
            g.dispose();
        }
    }

    private static int row(Graphics2D g, String label, String value, int x, int y, int width, int unit, int bottom) {
        if (y > bottom) {
            return y;
        }
        g.setFont(bold(unit));
        g.drawString(label, x, y);
        int labelWidth = g.getFontMetrics().stringWidth(label) + unit / 2;
        g.setFont(plain(unit));
        List<String> lines = TextFit.wrap(value, g.getFontMetrics(), width - labelWidth, 2);
        for (String line : lines) {
            g.drawString(line, x + labelWidth, y);
            y += unit * 3 / 2;
        }
        return y;
    }

    private static int header(Graphics2D g, int width, int unit, String title, String hint) {
        Theme theme = Theme.IDLE;
        int band = unit * 4;
        g.setColor(theme.band());
        g.fillRect(0, 0, width, band);
        g.setColor(theme.bandText());
        g.setFont(bold(unit * 3 / 2));
        g.drawString(TextFit.line(title, g.getFontMetrics(), width - 2 * unit), unit, unit * 2);
        g.setFont(plain(unit * 3 / 4));
        g.drawString(TextFit.line(hint, g.getFontMetrics(), width - 2 * unit), unit, unit * 3 + unit / 3);
        return band;
    }

    private static void drawTile(Graphics2D g, Rectangle box, int unit, String label, String when, String title,
                                 boolean focused) {
        g.setColor(TILE);
        g.fillRoundRect(box.x, box.y, box.width, box.height, unit / 2, unit / 2);
        if (focused) {
            g.setColor(FOCUS);
            g.setStroke(new java.awt.BasicStroke(Math.max(2, unit / 6f)));
            g.drawRoundRect(box.x, box.y, box.width, box.height, unit / 2, unit / 2);
        }
        int inner = box.width - unit;
        int x = box.x + unit / 2;
        int y = box.y + unit;
        if (!label.isEmpty()) {
            g.setColor(FOCUS);
            g.setFont(bold(unit * 3 / 4));
            g.drawString(TextFit.line(label, g.getFontMetrics(), inner), x, y);
            y += unit;
            g.setColor(Color.WHITE);
            g.setFont(plain(unit * 3 / 4));
            g.drawString(TextFit.line(when, g.getFontMetrics(), inner), x, y);
            y += unit * 5 / 4;
        } else {
            y = box.y + box.height / 2 + unit / 3;
        }
        g.setColor(Color.WHITE);
        g.setFont(bold(unit));
        for (String line : TextFit.wrap(title, g.getFontMetrics(), inner, label.isEmpty() ? 1 : 2)) {
            g.drawString(line, x, y);
            y += unit * 5 / 4;
        }
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Theme.IDLE.background());
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static Font bold(int size) {
        return new Font(Font.SANS_SERIF, Font.BOLD, size);
    }

    private static Font plain(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }
}
