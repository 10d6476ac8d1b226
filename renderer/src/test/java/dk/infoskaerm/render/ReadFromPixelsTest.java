package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a passer-by sees, read back from the pixels: the contrast of every drawn line, the cap heights of capitals,
 * and, on a small set of frames, the words as Debian's tesseract OCR (Danish) reads them.
 */
class ReadFromPixelsTest {

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("dk.infoskaerm.render.EveryWordFitsTest#frames")
    void everyLineHasContrastOfAtLeast4Point5MeasuredFromPixels(String id, int width, int height) {
        for (RenderedFrame frame : EveryWordFitsTest.pages(id, width, height)) {
            for (TextLine line : frame.lines()) {
                Rectangle box = line.bounds().intersection(new Rectangle(0, 0, width, height));
                List<Color> colours = Pixels.dominant(frame.image(), box);
                assertTrue(colours.size() > 1, "no ink in " + line);
                double contrast = Pixels.contrast(colours.get(0), inkColour(colours));
                assertTrue(contrast >= 4.5, line + ": contrast " + contrast);
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("dk.infoskaerm.render.EveryWordFitsTest#frames")
    void capitalsAreAsTallAsTheirFloorsOnThePixels(String id, int width, int height) {
        double scale = Math.min(width, height) / 1080.0;
        for (RenderedFrame frame : EveryWordFitsTest.pages(id, width, height)) {
            for (TextLine line : frame.lines()) {
                double floor = switch (line.part()) {
                    case TITLE, INFO_LABEL, INFO -> 56;
                    case BODY -> 40;
                    case FOOTER, TICKER -> 32;
                    default -> 0;
                };
                char first = line.text().charAt(0);
                if (floor == 0 || "ABDEFHIKLMNPRTUVWXZ".indexOf(first) < 0) {
                    continue;
                }
                BufferedImage image = frame.image();
                var metrics = image.createGraphics().getFontMetrics(line.part() == TextLine.Part.BODY
                        || line.part() == TextLine.Part.INFO ? FrameRenderer.plain(line.fontSize())
                        : FrameRenderer.bold(line.fontSize()));
                Rectangle letter = new Rectangle(line.bounds().x, line.bounds().y,
                        Math.max(1, metrics.charWidth(first) * 2 / 3), line.bounds().height);
                int ink = Pixels.inkHeight(image, letter.intersection(new Rectangle(0, 0, width, height)));
                assertTrue(ink >= floor * scale - 1, line + ": cap height on the pixels " + ink + " < " + floor * scale);
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"akut,1920,1080", "akut,1080,1920", "trafik,1920,1080", "trafik,1080,1920", "moede,1080,1920"})
    void ocrReadsEveryWord(String id, int width, int height, @TempDir Path dir) throws Exception {
        List<String> missing = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        StringBuilder read = new StringBuilder();
        for (RenderedFrame frame : EveryWordFitsTest.pages(id, width, height)) {
            read.append(ocr(blackOnWhite(frame), dir)).append(' ');
            for (TextLine line : frame.lines()) {
                // the footer and label band have backgrounds of their own; contrast and cap tests cover them
                if (line.part() != TextLine.Part.FOOTER && line.part() != TextLine.Part.TICKER
                        && line.part() != TextLine.Part.AREA
                        && line.part() != TextLine.Part.LABEL) {
                    expected.addAll(List.of(line.text().split("\\s+")));
                }
            }
        }
        String seen = normal(read.toString());
        for (String word : expected) {
            String w = normal(word);
            if (w.length() >= 3 && !seen.contains(w)) {
                missing.add(word);
            }
        }
        assertTrue(missing.size() <= Math.max(1, expected.size() / 20),
                "OCR missed " + missing + " of " + expected.size() + " words; it read: " + read);
    }

    /** The colour of the ink: the most frequent colour far from the background. */
    private static Color inkColour(List<Color> colours) {
        return colours.stream().skip(1).filter(c -> Pixels.distance(c, colours.getFirst()) > 150).findFirst()
                .orElse(colours.get(1));
    }

    /** The frame as black text on white, by distance from each pixel's row background: what OCR reads best. */
    private static BufferedImage blackOnWhite(RenderedFrame frame) {
        BufferedImage image = frame.image();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Color background = Pixels.dominant(image, frame.layout().columnBox()).getFirst();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean ink = Pixels.distance(new Color(image.getRGB(x, y)), background) > 200;
                out.setRGB(x, y, ink ? 0 : 0xFFFFFF);
            }
        }
        return out;
    }

    private static String ocr(BufferedImage image, Path dir) throws IOException, InterruptedException {
        Path png = Files.createTempFile(dir, "frame", ".png");
        ImageIO.write(image, "png", png.toFile());
        Process p = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "dan")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "tesseract failed (bin/test-setup installs it)");
        return text;
    }

    /** Lower case letters and digits, words joined: hyphens at line ends and OCR's spacing do not count. */
    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("-\\s*\\n\\s*", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
