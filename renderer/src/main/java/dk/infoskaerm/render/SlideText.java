package dk.infoskaerm.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A slide's words fitted to its text column: the title shrinks from its goal size towards its floor, then every row
 * is wrapped (never cut); when even the floors cannot hold the words, they are split into pages that share the
 * slide's dwell time, each page repeating the title when it is short enough.
 */
final class SlideText {

    /** The part of a slide a row belongs to. */
    enum Part { TITLE, INFO, BODY }

    /**
     * One row of text.
     *
     * @param part where it belongs
     * @param label the bold label of an info row's first line, else empty
     * @param text the words
     * @param fontSize the font's pixel size
     * @param block rows of one block (the title, one info line) go on one page when they can
     */
    record Row(Part part, String label, String text, int fontSize, int block) {
        int height() {
            return Layout.lineHeight(fontSize);
        }
    }

    /**
     * The fitted text.
     *
     * @param titleSize the title's font size
     * @param infoIndent where info values start, from the column's left edge
     * @param pages the rows of each page, at least one page
     */
    record Fit(int titleSize, int infoIndent, List<List<Row>> pages) {
    }

    /** An info line before wrapping: a label such as "Hvor:" and its value; without a value, a heading. */
    record Info(String label, String value) {
    }

    private SlideText() {
    }

    /** Fits {@code title}, {@code info} and {@code body} into a column of {@code width} × {@code height}. */
    static Fit fit(Graphics2D g, Layout.FontSizes fonts, int width, int height, int gap, String title,
                   List<Info> info, String body) {
        int step = Math.max(1, fonts.title() / 40);
        int indent = indent(g, fonts, width, info);
        for (int size = fonts.title(); size > fonts.titleFloor(); size -= step) {
            List<Row> rows = rows(g, fonts, size, width, indent, title, info, body);
            if (height(rows, gap) <= height) {
                return new Fit(size, indent, List.of(rows));
            }
        }
        List<Row> rows = rows(g, fonts, fonts.titleFloor(), width, indent, title, info, body);
        return new Fit(fonts.titleFloor(), indent, paginate(rows, height, gap));
    }

    /** The height of {@code rows} stacked, with {@code gap} between parts. */
    static int height(List<Row> rows, int gap) {
        int total = 0;
        for (int i = 0; i < rows.size(); i++) {
            total += rows.get(i).height() + (i > 0 && rows.get(i).part() != rows.get(i - 1).part() ? gap : 0);
        }
        return total;
    }

    private static List<Row> rows(Graphics2D g, Layout.FontSizes fonts, int titleSize, int width, int indent,
                                  String title, List<Info> info, String body) {
        List<Row> rows = new ArrayList<>();
        g.setFont(FrameRenderer.bold(titleSize));
        for (String line : TextFit.lines(title, g.getFontMetrics(), width)) {
            rows.add(new Row(Part.TITLE, "", line, titleSize, 0));
        }
        g.setFont(FrameRenderer.plain(fonts.info()));
        int block = 0;
        for (Info line : info) {
            block++;
            List<String> parts = TextFit.lines(line.value().replaceAll("\\s+", " "), g.getFontMetrics(), width - indent);
            // A label of its own row only when there is one: a politician after the first, or an all-day line of the
            // agenda, has none, and an empty row would leave a gap.
            if (indent == 0 && !line.label().isBlank() || line.value().isBlank()) {
                rows.add(new Row(Part.INFO, line.label(), "", fonts.info(), block));
            }
            for (int i = 0; i < parts.size(); i++) {
                rows.add(new Row(Part.INFO, i == 0 && indent > 0 ? line.label() : "", parts.get(i), fonts.info(),
                        block));
            }
        }
        g.setFont(FrameRenderer.plain(fonts.body()));
        for (String line : TextFit.lines(body, g.getFontMetrics(), width)) {
            rows.add(new Row(Part.BODY, "", line, fonts.body(), ++block));
        }
        return rows;
    }

    /**
     * The width of the widest label plus a space: where values start, so they line up. Zero when that leaves the
     * values less than {@link #MIN_VALUE_SHARE} of the column (portrait): each label then gets a row of its own above
     * its value, so values are not hyphenated into a narrow strip.
     */
    private static int indent(Graphics2D g, Layout.FontSizes fonts, int width, List<Info> info) {
        g.setFont(FrameRenderer.bold(fonts.info()));
        int widest = info.stream().filter(l -> !l.value().isBlank())
                .mapToInt(l -> g.getFontMetrics().stringWidth(l.label() + " ")).max().orElse(0);
        return width - widest < MIN_VALUE_SHARE * width ? 0 : widest;
    }

    private static final double MIN_VALUE_SHARE = 0.6;

    /**
     * Rows in pages no taller than {@code height}; a block that does not fit the rest of a page starts the next one
     * when it fits there whole and the page it leaves is at least three quarters full. Later pages repeat the title
     * when it takes at most a third.
     */
    private static List<List<Row>> paginate(List<Row> rows, int height, int gap) {
        List<Row> title = rows.stream().filter(r -> r.part() == Part.TITLE).toList();
        List<Row> header = height(title, gap) <= height / 3 ? title : List.of();
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        int fresh = 0;
        for (int i = 0; i < rows.size(); ) {
            int end = i;
            while (end < rows.size() && rows.get(end).block() == rows.get(i).block()) {
                end++;
            }
            List<Row> block = rows.subList(i, end);
            List<Row> emptyPage = new ArrayList<>(header);
            emptyPage.addAll(block);
            boolean littleLeft = height - height(page, gap) <= height / 4;
            if (fresh > 0 && !fits(page, block, height, gap) && height(emptyPage, gap) <= height && littleLeft) {
                pages.add(List.copyOf(page));
                page = new ArrayList<>(header);
                fresh = 0;
            }
            for (Row row : block) {
                if (fresh > 0 && !fits(page, List.of(row), height, gap)) {
                    pages.add(List.copyOf(page));
                    page = new ArrayList<>(header);
                    fresh = 0;
                }
                page.add(row);
                fresh++;
            }
            i = end;
        }
        pages.add(List.copyOf(page));
        return List.copyOf(pages);
    }

    private static boolean fits(List<Row> page, List<Row> more, int height, int gap) {
        List<Row> all = new ArrayList<>(page);
        all.addAll(more);
        return height(all, gap) <= height;
    }
}
