package dk.infoskaerm.render;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a Danish word may be broken, by Liang's algorithm over the patterns Debian's {@code hyphen-da} package
 * installs ({@value #DEBIAN_PATTERNS}, the hyphen library's format: an encoding line, then one pattern a line).
 * No Java library on Maven Central reads that format without bringing a typesetter along, so this small reader does.
 * Without the file, words are broken only where they are already hyphenated.
 */
final class Hyphenation {

    /** Where Debian's {@code hyphen-da} puts the Danish patterns. */
    static final String DEBIAN_PATTERNS = "/usr/share/hyphen/hyph_da_DK.dic";

    /** Letters kept together at a word's start and end, as Danish typesetting does. */
    private static final int MIN_LEFT = 2;
    private static final int MIN_RIGHT = 2;

    private static final Hyphenation DANISH = load(Path.of(DEBIAN_PATTERNS));

    private final Map<String, int[]> patterns;
    private final int longest;

    private Hyphenation(Map<String, int[]> patterns) {
        this.patterns = patterns;
        this.longest = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The Danish patterns, or none when {@code hyphen-da} is not installed. */
    static Hyphenation danish() {
        return DANISH;
    }

    /** Whether patterns were found. */
    boolean hasPatterns() {
        return !patterns.isEmpty();
    }

    /** Reads a hyphen-library pattern file; an unreadable file gives no patterns, never an exception. */
    static Hyphenation load(Path file) {
        Map<String, int[]> patterns = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            Charset charset = lines.isEmpty() ? StandardCharsets.ISO_8859_1 : charsetOf(lines.getFirst());
            if (!charset.equals(StandardCharsets.ISO_8859_1)) {
                lines = Files.readAllLines(file, charset);
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                addPattern(line.strip().toLowerCase(Locale.ROOT), patterns);
            }
        } catch (IOException | RuntimeException e) {
            patterns.clear();
        }
        return new Hyphenation(Map.copyOf(patterns));
    }

    private static Charset charsetOf(String line) {
        try {
            return Charset.forName(line.strip());
        } catch (RuntimeException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /** One pattern such as {@code .an3k}: letters with the digit that lies between them; keywords are skipped. */
    private static void addPattern(String pattern, Map<String, int[]> into) {
        if (pattern.isEmpty() || pattern.startsWith("%") || pattern.contains("/")
                || pattern.chars().anyMatch(Character::isUpperCase) || pattern.contains(" ")) {
            return;
        }
        StringBuilder letters = new StringBuilder();
        List<Integer> values = new ArrayList<>();
        values.add(0);
        for (char c : pattern.toCharArray()) {
            if (Character.isDigit(c)) {
                values.set(values.size() - 1, c - '0');
            } else {
                letters.append(c);
                values.add(0);
            }
        }
        into.put(letters.toString(), values.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The positions inside {@code word} (indexes of the first letter after a break) where it may be hyphenated,
     * ascending. Only letters count; a word with other characters is hyphenated only in its letter runs.
     */
    List<Integer> breaks(String word) {
        List<Integer> points = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            while (start < word.length() && !Character.isLetter(word.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < word.length() && Character.isLetter(word.charAt(end))) {
                end++;
            }
            for (int p : letterBreaks(word.substring(start, end).toLowerCase(Locale.ROOT))) {
                points.add(start + p);
            }
            start = end;
        }
        return points;
    }

    private List<Integer> letterBreaks(String word) {
        List<Integer> points = new ArrayList<>();
        if (patterns.isEmpty() || word.length() < MIN_LEFT + MIN_RIGHT) {
            return points;
        }
        String dotted = "." + word + ".";
        int[] values = new int[dotted.length() + 1];
        for (int i = 0; i < dotted.length(); i++) {
            for (int j = i + 1; j <= Math.min(dotted.length(), i + longest); j++) {
                int[] found = patterns.get(dotted.substring(i, j));
                if (found != null) {
                    for (int k = 0; k < found.length; k++) {
                        values[i + k] = Math.max(values[i + k], found[k]);
                    }
                }
            }
        }
        // values[i] lies before dotted's character i, so before word's character i - 1
        for (int p = MIN_LEFT; p <= word.length() - MIN_RIGHT; p++) {
            if (values[p + 1] % 2 == 1) {
                points.add(p);
            }
        }
        return points;
    }
}
