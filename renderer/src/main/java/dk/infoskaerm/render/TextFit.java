package dk.infoskaerm.render;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: between words, and a word wider than the line at a Danish hyphenation
 * point with a visible hyphen. Nothing is dropped by {@link #lines}; only {@link #wrap} with too few lines cuts, and
 * ends in "…".
 */
final class TextFit {

    static final String ELLIPSIS = "…";
    static final String HYPHEN = "-";

    private TextFit() {
    }

    /** Every word of {@code text}, in lines no wider than {@code maxWidth}; paragraphs start new lines. */
    static List<String> lines(String text, FontMetrics metrics, int maxWidth) {
        if (maxWidth <= 0 || text == null || text.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\s*\\R\\s*")) {
            wrapParagraph(paragraph, metrics, maxWidth, lines);
        }
        return List.copyOf(lines);
    }

    /** At most {@code maxLines} lines of {@code text}; when it needs more, the last ends in "…" (a last resort). */
    static List<String> wrap(String text, FontMetrics metrics, int maxWidth, int maxLines) {
        if (maxLines <= 0) {
            return List.of();
        }
        List<String> all = lines(text, metrics, maxWidth);
        if (all.size() <= maxLines) {
            return all;
        }
        List<String> kept = new ArrayList<>(all.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), metrics, maxWidth));
        return List.copyOf(kept);
    }

    /** {@code text} on one line, shortened with "…" when it does not fit. */
    static String line(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = wrap(text == null ? "" : text.replaceAll("\\s+", " "), metrics, maxWidth, 1);
        return lines.isEmpty() ? "" : lines.getFirst();
    }

    /** The width of the widest word of {@code text}: a line narrower than that must hyphenate. */
    static int widestWord(String text, FontMetrics metrics) {
        int widest = 0;
        for (String word : text.strip().split("\\s+")) {
            widest = Math.max(widest, metrics.stringWidth(word));
        }
        return widest;
    }

    private static void wrapParagraph(String paragraph, FontMetrics metrics, int maxWidth, List<String> lines) {
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
            String rest = word;
            if (!current.isEmpty()) {
                // the head of a long word may still join the line before it
                String prefix = current + " ";
                Split split = metrics.stringWidth(word) > maxWidth ? hyphenate(word, metrics, maxWidth
                        - metrics.stringWidth(prefix), false) : null;
                if (split != null) {
                    lines.add(prefix + split.head());
                    rest = split.tail();
                } else {
                    lines.add(current.toString());
                }
                current.setLength(0);
            }
            while (metrics.stringWidth(rest) > maxWidth) {
                Split split = hyphenate(rest, metrics, maxWidth, true);
                lines.add(split.head());
                rest = split.tail();
            }
            current.append(rest);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
    }

    /** A word's head (with its hyphen) and tail. */
    private record Split(String head, String tail) {
    }

    /**
     * The longest head of {@code word} that fits {@code room}: at a hyphen already in the word or a hyphenation
     * point, with a hyphen added. With {@code force}, a word without such a point is broken between letters, still
     * with a hyphen; without it, null then.
     */
    private static Split hyphenate(String word, FontMetrics metrics, int room, boolean force) {
        List<Integer> points = new ArrayList<>(Hyphenation.danish().breaks(word));
        for (int i = 1; i < word.length() - 1; i++) {
            if (word.charAt(i - 1) == '-' && !points.contains(i)) {
                points.add(i);
            }
        }
        points.sort(null);
        for (int i = points.size() - 1; i >= 0; i--) {
            int p = points.get(i);
            String head = word.substring(0, p);
            String shown = head.endsWith(HYPHEN) ? head : head + HYPHEN;
            if (metrics.stringWidth(shown) <= room) {
                return new Split(shown, word.substring(p));
            }
        }
        if (!force) {
            return null;
        }
        int fit = fittingPrefix(word, metrics, room - metrics.stringWidth(HYPHEN));
        return new Split(word.substring(0, fit) + HYPHEN, word.substring(fit));
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
