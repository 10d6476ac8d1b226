package dk.infoskaerm.render;

import static dk.infoskaerm.render.Fixtures.MONDAY_10;
import static dk.infoskaerm.render.Fixtures.feedOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template keeps its text in its boxes, at any size, and an announcement's picture gets a panel of its own. */
class BoxesAndPicturesTest {

    private static final String PICTURE = "/api/v1/images/test";
    private static final Color PICTURE_COLOUR = new Color(0xFF8800);
    private static final String LONG = "Mørkøv Lokalforum inviterer alle borgere til en lang eftermiddag med "
            + "kaffe, kage, musik og snak om byens fremtid, skolevejen, hallen, stierne og det nye shelter ved søen";

    static Stream<Arguments> templates() {
        List<Arguments> all = new ArrayList<>();
        int[][] sizes = {{1920, 1080}, {1080, 1920}, {1280, 720}, {3840, 2160}, {768, 1366}, {1024, 768}};
        for (ItemKind kind : ItemKind.values()) {
            for (int[] size : sizes) {
                for (boolean picture : new boolean[] {false, true}) {
                    all.add(Arguments.of(kind, size[0], size[1], picture));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, picture {3}")
    @MethodSource("templates")
    void boxesLieInsideTheFrameAndDoNotOverlap(ItemKind kind, int width, int height, boolean picture) {
        RenderedFrame frame = FrameRenderer.render(longFeed(kind, picture), MONDAY_10, width, height, pictures());

        Layout layout = frame.layout();
        List<Rectangle> boxes = textBoxes(layout, 0);
        if (picture) {
            boxes.add(layout.imageBox());
        }
        Rectangle whole = new Rectangle(0, 0, width, height);
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(whole.contains(boxes.get(i)), "box " + boxes.get(i) + " leaves the frame " + whole);
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).equals(layout.captionBox()) || boxes.get(j).equals(layout.captionBox())
                        || inFooter(layout, boxes.get(i), boxes.get(j))) {
                    continue;
                }
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, picture {3}")
    @MethodSource("templates")
    void nothingIsDrawnOutsideItsBox(ItemKind kind, int width, int height, boolean picture) {
        RenderedFrame frame = FrameRenderer.render(longFeed(kind, picture), MONDAY_10, width, height, pictures());

        Layout layout = frame.layout();
        List<Rectangle> allowed = textBoxes(layout, 1);
        allowed.add(layout.imageBox());
        int margin = layout.labelBox().x;
        // the meeting's green band at the left edge and the urgent message's frame are decoration, not text
        allowed.add(new Rectangle(0, 0, Math.max(4, margin / 2), layout.footerBox().y));
        if (kind == ItemKind.URGENT) {
            int border = Math.max(4, margin / 4);
            allowed.add(new Rectangle(0, 0, width, border));
            allowed.add(new Rectangle(width - border, 0, border, layout.footerBox().y));
        }
        Color background = Theme.of(kind).background();
        BufferedImage image = frame.image();
        int stray = 0;
        Rectangle firstStray = null;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (Pixels.distance(new Color(image.getRGB(x, y)), background) > 40 && !inside(allowed, x, y)) {
                    stray++;
                    if (firstStray == null) {
                        firstStray = new Rectangle(x, y, 1, 1);
                    }
                }
            }
        }
        assertEquals(0, stray, "pixels drawn outside every box, the first at " + firstStray);
    }

    @Test
    void announcementShowsItsWholePictureBesideTheTextInLandscapeAndAboveItInPortrait() {
        for (int[] size : new int[][] {{1920, 1080}, {1080, 1920}}) {
            RenderedFrame frame = FrameRenderer.render(longFeed(ItemKind.ANNOUNCEMENT, true), MONDAY_10, size[0],
                    size[1], pictures());

            Rectangle box = frame.layout().imageBox();
            assertTrue(box.width > size[0] / 4 && box.height > size[1] / 5, "picture panel too small: " + box);
            if (size[0] > size[1]) {
                assertTrue(box.x >= frame.layout().titleBox().x + frame.layout().titleBox().width,
                        "landscape picture should stand right of the text: " + box);
            } else {
                assertTrue(box.y + box.height <= frame.layout().labelBox().y,
                        "portrait picture should stand above the text: " + box);
            }
            // the picture (4:3) is scaled to fit: its middle and all four of its sides are in the panel
            BufferedImage image = frame.image();
            assertEquals(PICTURE_COLOUR, new Color(image.getRGB(box.x + box.width / 2, box.y + box.height / 2)));
            int pictureWidth = countRun(image, box, true);
            int pictureHeight = countRun(image, box, false);
            assertEquals(4.0 / 3.0, (double) pictureWidth / pictureHeight, 0.03, "picture distorted");
            assertTrue(pictureWidth >= box.width - 2 || pictureHeight >= box.height - 2, "picture not scaled to fit");
            assertTrue(Pixels.textPixels(image, frame.layout().titleBox()) > 3_000, "no title beside the picture");
        }
    }

    @Test
    void aPictureNotAtHandLeavesTheSlideAsWithoutOne() {
        Feed feed = longFeed(ItemKind.ANNOUNCEMENT, true);

        RenderedFrame missing = FrameRenderer.render(feed, MONDAY_10, 1920, 1080, Pictures.NONE);
        RenderedFrame none = FrameRenderer.render(longFeed(ItemKind.ANNOUNCEMENT, false), MONDAY_10, 1920, 1080);

        assertTrue(missing.layout().imageBox().isEmpty());
        assertEquals(none.layout(), missing.layout());
    }

    /** A portrait frame's QR card lies inside the footer band, on purpose. */
    private static boolean inFooter(Layout layout, Rectangle a, Rectangle b) {
        Rectangle footer = layout.footerBox();
        Rectangle qr = layout.qrBox();
        return (a.equals(qr) && b.equals(footer) || a.equals(footer) && b.equals(qr)) && footer.contains(qr);
    }

    private static boolean inside(List<Rectangle> boxes, int x, int y) {
        for (Rectangle box : boxes) {
            if (box.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** The label band, title, info, body, QR card with its caption and footer, each grown by {@code grow} px. */
    private static List<Rectangle> textBoxes(Layout layout, int grow) {
        List<Rectangle> boxes = new ArrayList<>(List.of(layout.labelBox(), layout.titleBox(), layout.infoBox(),
                layout.bodyBox(), layout.qrBox(), layout.captionBox(), layout.footerBox()));
        boxes.removeIf(Rectangle::isEmpty);
        return new ArrayList<>(boxes.stream().map(b -> {
            Rectangle grown = new Rectangle(b);
            grown.grow(grow, grow);
            return grown.intersection(new Rectangle(0, 0, layout.width(), layout.height()));
        }).toList());
    }

    /** The length of the picture's colour through the panel's middle, across or down. */
    private static int countRun(BufferedImage image, Rectangle box, boolean across) {
        int count = 0;
        int length = across ? box.width : box.height;
        for (int i = 0; i < length; i++) {
            int x = across ? box.x + i : box.x + box.width / 2;
            int y = across ? box.y + box.height / 2 : box.y + i;
            if (Pixels.distance(new Color(image.getRGB(x, y)), PICTURE_COLOUR) < 30) {
                count++;
            }
        }
        return count;
    }

    private static Feed longFeed(ItemKind kind, boolean picture) {
        Slide base = Fixtures.slide(kind, LONG, LONG + ". " + LONG + ". " + LONG, "https://moerkoev.dk/lang");
        return feedOf(List.of(new Slide(base.id(), base.kind(), base.title(), base.body(), base.start(), base.end(),
                base.allDay(), LONG, base.url(), base.meeting(), base.showFrom(), base.showUntil(),
                base.dwellSeconds(), picture ? PICTURE : "")));
    }

    private static Pictures pictures() {
        BufferedImage picture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(PICTURE_COLOUR);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        return url -> PICTURE.equals(url) ? Optional.of(picture) : Optional.empty();
    }
}
