package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatusScreenTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final StatusScreen.Facts FACTS = new StatusScreen.Facts("moerkoev", "https://infoskaerm.example",
            "192.168.1.23 (eth0)", "Serveren kender ikke skærmen 'moerkoev' (svar 404).",
            "Spørg administratoren om skærmens id, og ret screen.id i client.properties.");

    @Test
    void everyFactIsOnTheScreenInLandscapePortraitAndSmall() {
        int[][] sizes = {{1920, 1080}, {1080, 1920}, {640, 360}};
        for (int[] size : sizes) {
            BufferedImage base = StatusScreen.render(FACTS, AT, size[0], size[1]);
            assertEquals(size[0], base.getWidth());
            for (int field = 0; field < 5; field++) {
                String[] values = {FACTS.screenId(), FACTS.serverUrl(), FACTS.address(), FACTS.problem(),
                        FACTS.remedy()};
                values[field] = values[field] + " XYZ";
                BufferedImage changed = StatusScreen.render(new StatusScreen.Facts(values[0], values[1], values[2],
                        values[3], values[4]), AT, size[0], size[1]);
                assertFalse(same(base, changed), "field " + field + " is not drawn at " + Arrays.toString(size));
            }
        }
    }

    @Test
    void unsetValuesAreSaidToBeUnsetAndItIsNotTheIdleSlide() {
        BufferedImage unset = StatusScreen.render(new StatusScreen.Facts(null, "", "-", "x", "y"), AT, 800, 450);
        BufferedImage idle = FrameRenderer.render(null, AT, 800, 450).image();
        assertFalse(same(unset, idle), "the citizens' idle slide");
        assertFalse(same(unset, StatusScreen.render(new StatusScreen.Facts("a", "b", "-", "x", "y"), AT, 800, 450)));
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
