package dk.infoskaerm.render;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Wraps text into lines that fit a width; what does not fit is cut at a word boundary and ends in "…". */
final class TextFit {

    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** At most {@code maxLines} lines of {@code text}, each no wider than {@code maxWidth}. */
    static List<String> wrap(String text, FontMetrics metrics, int maxWidth, int maxLines) {
        if (maxLines <= 0 || maxWidth <= 0 || text == null || text.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        boolean cut = false;
        for (String paragraph : text.strip().split("\\s*\\R\\s*")) {
            if (lines.size() >= maxLines) {
                cut = true;
                break;
            }
            cut = wrapParagraph(paragraph, metrics, maxWidth, maxLines, lines) || cut;
        }
        if (cut && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, ellipsize(lines.get(last), metrics, maxWidth));
        }
        return List.copyOf(lines);
    }

    /** {@code text} on one line, shortened with "…" when it does not fit. */
    static String line(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = wrap(text.replaceAll("\\s+", " "), metrics, maxWidth, 1);
        return lines.isEmpty() ? "" : lines.getFirst();
    }

    /** Adds the wrapped lines of one paragraph; returns whether some of it did not fit. */
    private static boolean wrapParagraph(String paragraph, FontMetrics metrics, int maxWidth, int maxLines,
                                         List<String> lines) {
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (metrics.stringWidth(candidate) <= maxWidth) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                if (!add(lines, current.toString(), maxLines)) {
                    return true;
                }
                current.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > maxWidth) {
                int fit = fittingPrefix(rest, metrics, maxWidth);
                if (!add(lines, rest.substring(0, fit), maxLines)) {
                    return true;
                }
                rest = rest.substring(fit);
            }
            current.append(rest);
        }
        return !current.isEmpty() && !add(lines, current.toString(), maxLines);
    }

    private static boolean add(List<String> lines, String line, int maxLines) {
        if (lines.size() >= maxLines) {
            return false;
        }
        lines.add(line);
        return true;
    }

    /** {@code line} + "…", dropping whole words from its end until it fits. */
    static String ellipsize(String line, FontMetrics metrics, int maxWidth) {
        String kept = line.strip();
        while (!kept.isEmpty() && metrics.stringWidth(kept + ELLIPSIS) > maxWidth) {
            int space = kept.lastIndexOf(' ');
            kept = space > 0 ? kept.substring(0, space).strip()
                    : kept.substring(0, fittingPrefix(kept, metrics, maxWidth - metrics.stringWidth(ELLIPSIS)));
            if (space <= 0) {
                break;
            }
        }
        kept = kept.replaceAll("[\\s,.;:–-]+$", "");
        return metrics.stringWidth(kept + ELLIPSIS) <= maxWidth ? kept + ELLIPSIS : kept;
    }

    /** The number of leading characters of {@code text} that fit in {@code maxWidth}, at least one. */
    private static int fittingPrefix(String text, FontMetrics metrics, int maxWidth) {
        int end = 1;
        while (end < text.length() && metrics.stringWidth(text.substring(0, end + 1)) <= maxWidth) {
            end++;
        }
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return Math.min(end, text.length());
    }
}
