package dk.infoskaerm.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the corpus' frames as PNG files to look at: every page at 1920×1080 and 1080×1920 with
 * {@code -Dinfoskaerm.frames=DIR}, and the README's half-size set ({@code docs/images/hard-texts}) with
 * {@code -Dinfoskaerm.docs=DIR}.
 */
class FrameDump {

    @Test
    @EnabledIfSystemProperty(named = "infoskaerm.frames", matches = ".+")
    void writesFrames() throws Exception {
        Path dir = Path.of(System.getProperty("infoskaerm.frames"));
        Files.createDirectories(dir);
        for (var slide : HardTexts.slides()) {
            for (int[] size : new int[][] {{1920, 1080}, {1080, 1920}}) {
                var pages = EveryWordFitsTest.pages(slide.id(), size[0], size[1]);
                for (int p = 0; p < pages.size(); p++) {
                    Files.write(dir.resolve(slide.id() + "-" + size[0] + "x" + size[1] + "-" + (p + 1) + ".png"),
                            Bitmaps.png(pages.get(p).image()));
                }
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "infoskaerm.docs", matches = ".+")
    void writesTheReadmeFrames() throws Exception {
        Path dir = Path.of(System.getProperty("infoskaerm.docs"));
        Files.createDirectories(dir);
        for (String id : List.of("akut", "trafik", "moede", "billede", "banner", "agenda", "lang-titel")) {
            for (int[] size : new int[][] {{1920, 1080}, {1080, 1920}}) {
                var pages = EveryWordFitsTest.pages(id, size[0], size[1]);
                for (int p = 0; p < Math.min(2, pages.size()); p++) {
                    String name = id + "-" + (size[0] > size[1] ? "landscape" : "portrait")
                            + (pages.size() > 1 ? "-page" + (p + 1) : "") + ".png";
                    Files.write(dir.resolve(name), Bitmaps.png(Bitmaps.scaled(pages.get(p).image(), size[0] / 2,
                            size[1] / 2)));
                }
            }
        }
    }
}
