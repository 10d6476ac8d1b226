package dk.infoskaerm.render;

import static dk.infoskaerm.render.Fixtures.MONDAY_10;
import static dk.infoskaerm.render.Fixtures.feedOf;
import static dk.infoskaerm.render.Fixtures.slide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FrameRendererTest {

    private static final Instant URGENT_TIME = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void rendersFixtureFeedAsRichPicture() {
        RenderedFrame frame = FrameRenderer.render(Fixtures.moerkoev(), MONDAY_10, 1920, 1080);

        assertEquals(1920, frame.image().getWidth());
        assertEquals(1080, frame.image().getHeight());
        assertTrue(Pixels.distinctColours(frame.image()) > 50, "few colours: the frame looks blank");
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().titleBox()) > 5_000, "no title text");
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().footerBox()) > 1_000, "no footer text");
    }

    static Stream<Arguments> kindsAndSizes() {
        return Stream.of(ItemKind.values()).flatMap(kind -> Stream.of(
                Arguments.of(kind, 1920, 1080), Arguments.of(kind, 1080, 1920)));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("kindsAndSizes")
    void eachKindDrawsReadableTitleAndBody(ItemKind kind, int width, int height) {
        Feed feed = feedOf(List.of(slide(kind, "Åben dag i hallen", "Kom og mød naboerne til kaffe og kage.",
                "https://moerkoev.dk/aaben-dag")));

        RenderedFrame frame = Fixtures.lastPage(feed, width, height);

        assertEquals(kind, frame.slide().kind());
        Layout layout = frame.layout();
        assertTrue(Pixels.textPixels(frame.image(), layout.titleBox()) > 3_000, "no title text");
        assertTrue(Pixels.textPixels(frame.image(), layout.bodyBox()) > 500, "no body text");
        assertTrue(Pixels.textPixels(frame.image(), layout.qrBox()) > 1_000, "no QR code");
        List<Color> colours = Pixels.dominant(frame.image(), layout.titleBox());
        double contrast = Pixels.contrast(colours.get(0), colours.get(1));
        assertTrue(contrast >= 4.5, "title contrast " + contrast + " between " + colours.get(0) + " and " + colours.get(1));
    }

    /** The kinds whose body is their own text; the standing invitations word theirs from the screen's words. */
    static Stream<Arguments> kindsWithTheirOwnBodyAndSizes() {
        return kindsAndSizes().filter(a -> !((ItemKind) a.get()[0]).recurring());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsWithTheirOwnBodyAndSizes")
    void emptyBodyLeavesBodyBoxBlank(ItemKind kind, int width, int height) {
        Feed feed = feedOf(List.of(slide(kind, "Loppemarked", "", "")));

        RenderedFrame frame = FrameRenderer.render(feed, MONDAY_10, width, height);

        assertTrue(frame.lines().stream().noneMatch(l -> l.part() == TextLine.Part.BODY), "body lines drawn");
        Rectangle column = frame.layout().columnBox();
        Rectangle info = frame.layout().infoBox();
        int below = info.y + info.height + 2;
        Rectangle rest = new Rectangle(column.x, below, column.width, column.y + column.height - below);
        if (!frame.layout().qrBox().isEmpty()) {
            rest = rest.intersection(new Rectangle(0, 0, frame.layout().qrBox().x, frame.layout().height()));
        }
        // A meeting's politicians, one per row, may fill the column in portrait: then nothing is left to stay blank.
        assertEquals(0, rest.isEmpty() ? 0 : Pixels.textPixels(frame.image(), rest), "text under the info lines in "
                + rest);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void qrCodeScansBackToSlideUrl(int width, int height) throws Exception {
        String url = "https://moerkoev.dk/arrangementer/julemarked-2026?kilde=infoskærm";
        RenderedFrame frame = FrameRenderer.render(feedOf(List.of(slide(ItemKind.EVENT, "Julemarked", "", url))),
                MONDAY_10, width, height);

        Rectangle box = frame.layout().qrBox();
        int[] pixels = frame.image().getRGB(box.x, box.y, box.width, box.height, null, 0, box.width);
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(box.width, box.height, pixels)));
        assertEquals(url, new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void titleCapHeightIsAtLeast80PixelsAtFullHd() {
        Feed feed = feedOf(List.of(slide(ItemKind.EVENT, "HEH", "", "")));

        RenderedFrame frame = FrameRenderer.render(feed, MONDAY_10, 1920, 1080);

        int ink = Pixels.inkHeight(frame.image(), frame.layout().titleBox());
        assertTrue(ink >= 80, "cap height " + ink + " px");
    }

    @Test
    void urgentMessageTakesOverTheWholeScreenInRed() {
        RenderedFrame frame = FrameRenderer.render(Fixtures.moerkoev(), URGENT_TIME, 1920, 1080);

        assertEquals(ItemKind.URGENT, frame.slide().kind());
        Color background = Pixels.dominant(frame.image(), new Rectangle(0, 0, 1920, 1080)).getFirst();
        assertTrue(background.getRed() > 150 && background.getGreen() < 60 && background.getBlue() < 80,
                "urgent background is not red: " + background);
        for (int second = 0; second < 120; second += 7) {
            assertEquals(ItemKind.URGENT, FrameRenderer.slideAt(Fixtures.moerkoev(), URGENT_TIME.plusSeconds(second))
                    .orElseThrow().kind());
        }
    }

    @Test
    void meetingLooksDifferentFromEvent() {
        BufferedImage event = FrameRenderer.renderImage(feedOf(List.of(slide(ItemKind.EVENT, "Møde", "", ""))),
                MONDAY_10, 960, 540);
        BufferedImage meeting = FrameRenderer.renderImage(feedOf(List.of(slide(ItemKind.MEETING, "Møde", "", ""))),
                MONDAY_10, 960, 540);

        Rectangle all = new Rectangle(0, 0, 960, 540);
        Color eventBackground = Pixels.dominant(event, all).getFirst();
        Color meetingBackground = Pixels.dominant(meeting, all).getFirst();
        assertTrue(Pixels.distance(eventBackground, meetingBackground) > 300,
                eventBackground + " vs " + meetingBackground);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void emptyFeedShowsIdleSlideWithAreaNameAndClock(int width, int height) {
        RenderedFrame frame = FrameRenderer.render(feedOf(List.of()), MONDAY_10, width, height);

        assertNull(frame.slide());
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().titleBox()) > 2_000, "no area name");
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().bodyBox()) > 2_000, "no clock");
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().footerBox()) > 500, "no date in footer");
    }

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1920, 1080), Arguments.of(1080, 1920));
    }

    @Test
    void nullFeedAlsoShowsIdleSlide() {
        RenderedFrame frame = FrameRenderer.render(null, MONDAY_10, 800, 600);

        assertNull(frame.slide());
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().titleBox()) > 500);
    }

    @Test
    void rotationIsDeterministicAndFollowsDwellTimes() {
        Feed feed = Fixtures.moerkoev();
        List<Slide> shown = feed.slidesAt(MONDAY_10);
        long round = shown.stream().mapToLong(Slide::dwellSeconds).sum();

        Slide first = FrameRenderer.slideAt(feed, MONDAY_10).orElseThrow();
        assertEquals(first, FrameRenderer.slideAt(feed, MONDAY_10).orElseThrow());
        assertEquals(first, FrameRenderer.slideAt(feed, MONDAY_10.plusSeconds(round)).orElseThrow());
        long seen = Stream.iterate(MONDAY_10, t -> t.plusSeconds(1)).limit(round)
                .map(t -> FrameRenderer.slideAt(feed, t).orElseThrow().id()).distinct().count();
        assertEquals(shown.size(), seen);
        int index = shown.indexOf(first);
        Slide next = shown.get((index + 1) % shown.size());
        Instant later = MONDAY_10.plusSeconds(first.dwellSeconds());
        assertNotEquals(first, FrameRenderer.slideAt(feed, later).orElseThrow());
        assertEquals(next, FrameRenderer.slideAt(feed, Stream.iterate(MONDAY_10, t -> t.plusSeconds(1))
                .filter(t -> !FrameRenderer.slideAt(feed, t).orElseThrow().equals(first)).findFirst().orElseThrow())
                .orElseThrow());
    }

    @Test
    void expiredSlidesAreNotShown() {
        Feed feed = Fixtures.moerkoev();

        assertTrue(FrameRenderer.slideAt(feed, Instant.parse("2027-02-01T09:00:00Z")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(OpeningHours.Outside.class)
    void outsideOpeningHoursTheScreenIsDarkOrIdleAsTheFeedSays(OpeningHours.Outside outside) {
        Feed base = Fixtures.moerkoev();
        // MONDAY_10 is 10:00 in Copenhagen: closed, as the screen opens from 18 to 22
        Feed closed = new Feed(base.version(), base.screenId(), base.screenName(), base.areaSlug(), base.areaName(),
                base.orientation(), base.slides(), base.ticker(), new OpeningHours(List.of(new OpeningHours.Period(
                Set.of(DayOfWeek.values()), LocalTime.of(18, 0), LocalTime.of(22, 0))), outside));
        Feed empty = new Feed(base.version(), base.screenId(), base.screenName(), base.areaSlug(), base.areaName(),
                base.orientation(), List.of(), base.ticker());

        RenderedFrame frame = FrameRenderer.render(closed, MONDAY_10, 1920, 1080);

        assertNull(frame.slide());
        if (outside == OpeningHours.Outside.DARK) {
            assertEquals(1, Pixels.distinctColours(frame.image()), "one colour");
            assertEquals(Color.BLACK.getRGB(), frame.image().getRGB(960, 540), "black");
            assertEquals("dark", FrameRenderer.showingAt(closed, MONDAY_10));
        } else {
            assertTrue(samePixels(FrameRenderer.renderImage(empty, MONDAY_10, 1920, 1080), frame.image()),
                    "the idle slide with area, date and clock");
            assertEquals("idle", FrameRenderer.showingAt(closed, MONDAY_10));
        }
        Instant evening = MONDAY_10.plus(java.time.Duration.ofHours(9));
        assertEquals(base.slideAt(evening), FrameRenderer.slideAt(closed, evening), "open again at 19:00");
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
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
