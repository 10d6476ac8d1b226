package dk.infoskaerm.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the corpus' frames as PNG files to look at: {@code -Dinfoskaerm.frames=DIR}. */
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
}
