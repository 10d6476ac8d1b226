package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {

    private static final FontMetrics METRICS;

    static {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        METRICS = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.dispose();
    }

    @Test
    void shortTextStaysOnOneLine() {
        assertEquals(List.of("Loppemarked på Torvet"), TextFit.wrap("Loppemarked på Torvet", METRICS, 2000, 3));
    }

    @Test
    void longTextIsShortenedWithEllipsisAtWordBoundary() {
        String text = "Kom og mød lokale kunsthåndværkere, køb juletræ og hør børnekoret fra Mørkøv Skole synge "
                + "julesange i hallen hele eftermiddagen";

        List<String> lines = TextFit.wrap(text, METRICS, 500, 2);

        assertEquals(2, lines.size());
        lines.forEach(line -> assertTrue(METRICS.stringWidth(line) <= 500, "too wide: " + line));
        String last = lines.get(1);
        assertTrue(last.endsWith(TextFit.ELLIPSIS), last);
        String kept = lines.get(0) + " " + last.substring(0, last.length() - 1);
        assertTrue(text.startsWith(kept) && text.substring(kept.length()).matches("[,.;:]? .*"),
                "not cut at a word boundary: " + kept);
    }

    @Test
    void wordLongerThanLineIsBrokenNotClipped() {
        List<String> lines = TextFit.wrap("Børnehavefødselsdagskagemandsbageriet", METRICS, 200, 10);

        assertTrue(lines.size() > 1);
        lines.forEach(line -> assertTrue(METRICS.stringWidth(line) <= 200, "too wide: " + line));
        lines.subList(0, lines.size() - 1).forEach(line -> assertTrue(line.endsWith(TextFit.HYPHEN), line));
        assertEquals("Børnehavefødselsdagskagemandsbageriet", String.join("", lines).replace(TextFit.HYPHEN, ""));
    }

    @Test
    void longDanishWordBreaksAtItsSyllablesWithAHyphen() {
        String word = "Trafiksikkerhedsforanstaltninger";
        int room = METRICS.stringWidth("Trafiksikkerheds-") + 2;

        List<String> lines = TextFit.lines(word + " i Mørkøv", METRICS, room);

        assertTrue(Hyphenation.danish().hasPatterns(), "hyphen-da patterns at " + Hyphenation.DEBIAN_PATTERNS);
        assertEquals("Trafiksikkerheds-", lines.getFirst());
        assertEquals(word + "iMørkøv", String.join("", lines).replace(" ", "").replace("-", ""));
    }

    @Test
    void danishPatternsFindTheSeamsOfACompound() {
        assertTrue(Hyphenation.danish().breaks("Trafiksikkerhedsforanstaltninger").contains(16),
                Hyphenation.danish().breaks("Trafiksikkerhedsforanstaltninger").toString());
    }

    @Test
    void paragraphsStartNewLines() {
        assertEquals(List.of("Første", "Anden"), TextFit.wrap("Første\n\nAnden", METRICS, 2000, 5));
    }

    @Test
    void blankTextGivesNoLines() {
        assertEquals(List.of(), TextFit.wrap("  ", METRICS, 500, 3));
    }
}
