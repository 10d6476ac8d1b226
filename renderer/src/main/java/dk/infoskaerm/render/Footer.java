package dk.infoskaerm.render;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.text.DanishDates;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The footer band: the date and clock, and the ticker of coming items. The ticker pages through all its entries,
 * as many whole entries a page as fit, one page every {@link #PAGE_SECONDS} seconds, so nothing is left out.
 */
final class Footer {

    /** How long each page of the ticker stays. */
    static final int PAGE_SECONDS = 5;
    private static final String SEPARATOR = "  ·  ";

    private Footer() {
    }

    /** Draws the footer; returns when its ticker turns to its next page, or null when it has one page. */
    static Instant draw(Canvas canvas, Layout layout, Theme theme, Feed feed, Instant at) {
        Rectangle box = layout.footerBox();
        canvas.fill(theme.footer(), box);
        int margin = layout.labelBox().x;
        int lineHeight = Layout.lineHeight(layout.fonts().footer());
        Font boldFont = FrameRenderer.bold(layout.fonts().footer());
        Font plainFont = FrameRenderer.plain(layout.fonts().footer());
        boolean landscape = layout.width() >= layout.height();
        // landscape shares its one line with the ticker, and a portrait QR code narrows the line: the short date then
        String shortClock = DanishDates.shortDay(at.atZone(DanishDates.ZONE).toLocalDate()) + " " + DanishDates.time(at);
        String clock = landscape ? shortClock : DanishDates.dateTime(at, false);
        canvas.graphics().setFont(boldFont);
        FontMetrics boldMetrics = canvas.graphics().getFontMetrics();
        int clockWidth = boldMetrics.stringWidth(clock);
        Rectangle tickerLine;
        if (landscape) {
            Rectangle line = new Rectangle(box.x + margin, box.y + (box.height - lineHeight) / 2,
                    box.width - 2 * margin, lineHeight);
            String shown = TextFit.line(clock, boldMetrics, line.width);
            canvas.text(TextLine.Part.FOOTER, shown, boldFont, line.x + line.width - boldMetrics.stringWidth(shown),
                    line, theme.footerText());
            tickerLine = new Rectangle(line.x, line.y, Math.max(0, line.width - clockWidth - margin), lineHeight);
        } else {
            Rectangle qr = layout.qrBox();
            int right = qr.intersects(box) ? layout.captionBox().x - margin / 2 : box.x + box.width - margin;
            int rows = (box.height - margin) / lineHeight;
            int top = rows >= STACKED_ROWS ? box.y + margin / 2 : box.y + (box.height - 2 * lineHeight) / 2;
            Rectangle line = new Rectangle(box.x + margin, top, Math.max(0, right - box.x - margin), lineHeight);
            clock = boldMetrics.stringWidth(clock) <= line.width ? clock : shortClock;
            canvas.text(TextLine.Part.FOOTER, TextFit.line(clock, boldMetrics, line.width), boldFont, line.x, line,
                    theme.footerText());
            tickerLine = new Rectangle(line.x, top + lineHeight, line.width, lineHeight);
            if (rows >= STACKED_ROWS) {
                return drawStacked(canvas, feed, at, tickerLine, rows - 2, boldFont, plainFont, theme);
            }
        }
        List<Feed.TickerEntry> ticker = feed == null ? List.of() : feed.tickerAt(at);
        if (ticker.isEmpty() || tickerLine.width <= 0) {
            return null;
        }
        String coming = TextFit.line(Texts.get("footer.coming"), boldMetrics, tickerLine.width);
        canvas.text(TextLine.Part.FOOTER, coming, boldFont, tickerLine.x, tickerLine, theme.footerText());
        int used = boldMetrics.stringWidth(coming + " ");
        canvas.graphics().setFont(plainFont);
        List<String> pages = pages(ticker, canvas.graphics().getFontMetrics(), tickerLine.width - used);
        String page = pages.get((int) Math.floorMod(at.getEpochSecond() / PAGE_SECONDS, (long) pages.size()));
        canvas.text(TextLine.Part.TICKER, page, plainFont, tickerLine.x + used, tickerLine, theme.footerText());
        return pages.size() <= 1 ? null
                : Instant.ofEpochSecond((at.getEpochSecond() / PAGE_SECONDS + 1) * PAGE_SECONDS);
    }

    /** From this many rows a footer (a portrait one holding the QR code) lists the coming items one under another. */
    private static final int STACKED_ROWS = 4;

    /**
     * "Kommende:" on {@code label}'s row, then the entries one under another on the {@code rows} rows below it, an
     * entry wrapped when it is long, as many entries a page as fit.
     */
    private static Instant drawStacked(Canvas canvas, Feed feed, Instant at, Rectangle label, int rows, Font boldFont,
                                       Font plainFont, Theme theme) {
        List<Feed.TickerEntry> ticker = feed == null ? List.of() : feed.tickerAt(at);
        if (ticker.isEmpty() || label.width <= 0) {
            return null;
        }
        canvas.graphics().setFont(boldFont);
        canvas.text(TextLine.Part.FOOTER, TextFit.line(Texts.get("footer.coming"), canvas.graphics().getFontMetrics(),
                label.width), boldFont, label.x, label, theme.footerText());
        canvas.graphics().setFont(plainFont);
        FontMetrics metrics = canvas.graphics().getFontMetrics();
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (Feed.TickerEntry entry : ticker) {
            List<String> lines = entryLines(Texts.displayable(text(entry), plainFont), metrics, label.width);
            if (!page.isEmpty() && page.size() + lines.size() > rows) {
                pages.add(page);
                page = new ArrayList<>();
            }
            for (String line : lines) {
                if (page.size() == rows) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                page.add(line);
            }
        }
        pages.add(page);
        List<String> shown = pages.get((int) Math.floorMod(at.getEpochSecond() / PAGE_SECONDS, (long) pages.size()));
        for (int i = 0; i < shown.size(); i++) {
            canvas.text(TextLine.Part.TICKER, shown.get(i), plainFont, label.x, new Rectangle(label.x,
                    label.y + (i + 1) * label.height, label.width, label.height), theme.footerText());
        }
        return pages.size() <= 1 ? null
                : Instant.ofEpochSecond((at.getEpochSecond() / PAGE_SECONDS + 1) * PAGE_SECONDS);
    }

    /** An entry's lines; a date too wide to hold on to the first word is broken at its spaces, never inside a word. */
    private static List<String> entryLines(String text, FontMetrics metrics, int maxWidth) {
        String glued = text.substring(0, text.indexOf(' ') < 0 ? text.length() : text.indexOf(' '));
        return TextFit.lines(metrics.stringWidth(glued) <= maxWidth ? text : text.replace(NBSP, ' '), metrics,
                maxWidth);
    }

    /**
     * The ticker's entries in pages of as many whole entries as fit {@code maxWidth}; an entry too long on its own
     * is wrapped onto pages of its own, so every word comes round.
     */
    static List<String> pages(List<Feed.TickerEntry> ticker, FontMetrics metrics, int maxWidth) {
        List<String> pages = new ArrayList<>();
        String page = "";
        for (Feed.TickerEntry entry : ticker) {
            String text = Texts.displayable(text(entry), metrics.getFont());
            String next = page.isEmpty() ? text : page + SEPARATOR + text;
            if (metrics.stringWidth(next) <= maxWidth) {
                page = next;
                continue;
            }
            if (!page.isEmpty()) {
                pages.add(page);
            }
            List<String> parts = entryLines(text, metrics, maxWidth);
            pages.addAll(parts.subList(0, parts.size() - 1));
            page = parts.getLast();
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Day, time and title; the day and time hold on to the title's first word, so a page never shows a bare date. */
    private static String text(Feed.TickerEntry entry) {
        String day = DanishDates.shortDay(entry.start().atZone(DanishDates.ZONE).toLocalDate());
        String when = entry.allDay() ? day : day + " " + DanishDates.time(entry.start());
        String title = entry.title().strip();
        int space = title.indexOf(' ');
        String first = space < 0 ? title : title.substring(0, space);
        return (when + " " + first).replace(' ', NBSP) + (space < 0 ? "" : title.substring(space));
    }

    private static final char NBSP = '\u00A0';
}
