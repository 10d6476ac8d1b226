package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Rectangle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hard texts, every slide kind, both orientations, at 1366×768, 1920×1080 and 3840×2160: every word of
 * the input is on the frames (the layout's own account of its lines), nothing lies outside its box, and every size is
 * above its floor.
 */
class EveryWordFitsTest {

    static final int[][] SIZES = {{1366, 768}, {1920, 1080}, {3840, 2160}, {768, 1366}, {1080, 1920}, {2160, 3840}};

    static Stream<Arguments> frames() {
        List<Arguments> all = new ArrayList<>();
        for (Slide slide : HardTexts.slides()) {
            for (int[] size : SIZES) {
                all.add(Arguments.of(slide.id(), size[0], size[1]));
            }
        }
        return all.stream();
    }

    /** Every page of {@code id} at the given size. */
    static List<RenderedFrame> pages(String id, int width, int height) {
        Slide slide = HardTexts.slides().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Feed feed = HardTexts.feedOf(slide);
        Feed.Play play = feed.playAt(Fixtures.MONDAY_10).orElseThrow();
        RenderedFrame first = FrameRenderer.render(feed, play, play.from(), width, height, HardTexts.pictures());
        List<RenderedFrame> pages = new ArrayList<>(List.of(first));
        long share = java.time.Duration.between(play.from(), play.until()).toMillis() / first.pages();
        for (int p = 1; p < first.pages(); p++) {
            Instant at = play.from().plusMillis(p * share + share / 2);
            pages.add(FrameRenderer.render(feed, play, at, width, height, HardTexts.pictures()));
        }
        return pages;
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("frames")
    void everyWordOfTheInputIsOnTheFrames(String id, int width, int height) {
        List<RenderedFrame> pages = pages(id, width, height);
        Slide slide = pages.getFirst().slide();
        Slide shown = DialogSlides.presented(slide);
        StringBuilder expected = new StringBuilder(shown.title());
        FrameRenderer.infoLines(slide, Fixtures.MONDAY_10).forEach(i -> expected.append(i.label()).append(i.value()));
        expected.append(shown.body());
        StringBuilder drawn = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            assertEquals(p, pages.get(p).page(), "page shown at its share of the dwell time");
            for (TextLine line : pages.get(p).lines()) {
                assertFalse(line.text().contains(TextFit.ELLIPSIS), "cut with an ellipsis: " + line);
                boolean repeatedTitle = p > 0 && line.part() == TextLine.Part.TITLE;
                if (!repeatedTitle && switch (line.part()) {
                    case TITLE, INFO_LABEL, INFO, BODY -> true;
                    default -> false;
                }) {
                    drawn.append(line.text());
                }
            }
        }
        assertEquals(letters(expected.toString()), letters(drawn.toString()));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("frames")
    void everyLineStaysInItsBoxAboveItsFloor(String id, int width, int height) {
        for (RenderedFrame frame : pages(id, width, height)) {
            Layout layout = frame.layout();
            double scale = Math.min(width, height) / 1080.0;
            for (TextLine line : frame.lines()) {
                Rectangle box = switch (line.part()) {
                    case LABEL, AREA -> layout.labelBox();
                    case TITLE, INFO_LABEL, INFO, BODY -> layout.columnBox();
                    case QR_CAPTION -> layout.captionBox();
                    case FOOTER, TICKER -> layout.footerBox();
                };
                assertTrue(box.contains(line.bounds()), line + " outside " + box);
                assertFalse(line.bounds().intersects(layout.imageBox()), line + " on the picture");
                assertFalse(line.bounds().intersects(layout.qrBox()), line + " on the QR code");
                double floor = switch (line.part()) {
                    case TITLE, INFO_LABEL, INFO -> 56;
                    case BODY -> 40;
                    case FOOTER, TICKER, QR_CAPTION -> 32;
                    case LABEL, AREA -> 0;
                };
                assertTrue(line.capHeight() >= floor * scale, line + ": cap height " + line.capHeight()
                        + " below " + floor * scale);
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("frames")
    void aSmallTitleMeansTheColumnIsUsed(String id, int width, int height) {
        RenderedFrame frame = pages(id, width, height).getFirst();
        Layout layout = frame.layout();
        boolean belowGoal = frame.lines().stream()
                .anyMatch(l -> l.part() == TextLine.Part.TITLE && l.fontSize() < layout.fonts().title());
        Rectangle column = layout.columnBox();
        int lastBottom = frame.lines().stream().filter(l -> column.contains(l.bounds()))
                .mapToInt(l -> l.bounds().y + l.bounds().height).max().orElse(column.y);
        int empty = column.y + column.height - lastBottom;
        assertTrue(!belowGoal || empty <= column.height / 4, "title below its goal size with " + empty
                + " px of " + column.height + " empty");
    }

    /** Letters and digits only: hyphens added at line ends, spaces and line breaks do not count. */
    static String letters(String text) {
        return text.replaceAll("[\\s\\-]", "");
    }
}
