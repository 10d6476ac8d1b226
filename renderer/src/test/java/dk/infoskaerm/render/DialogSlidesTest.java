package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Har du en idé?" and "Book en politiker": the screen's own words, the area's contacts as rows, a QR code. */
class DialogSlidesTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1080, 1920"})
    void contactSlideNamesTheLokalforumAndTheFaellesSkaberWithAQrCode(int width, int height) {
        Slide slide = slide(ItemKind.CONTACT, "Mørkøv Lokalforum · formand@moerkoev.dk",
                "Lise Berg · 72 36 12 34 · lise.berg@holbaek.dk");
        assertEquals(List.of(new SlideText.Info("Lokalforum:", "Mørkøv Lokalforum · formand@moerkoev.dk"),
                new SlideText.Info("Fælles-skaber:", "Lise Berg · 72 36 12 34 · lise.berg@holbaek.dk")),
                DialogSlides.infoLines(slide));
        assertEquals("Har du en idé til dit lokalområde?", DialogSlides.presented(slide).title());

        RenderedFrame frame = FrameRenderer.render(feed(slide), Fixtures.MONDAY_10, width, height);
        assertEquals("contact:moerkoev", frame.slide().id());
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().infoBox()) > 2_000, "no contact rows");
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().qrBox()) > 1_000, "no QR code");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1080, 1920"})
    void bookSlideInvitesInItsOwnWords(int width, int height) {
        Slide slide = slide(ItemKind.BOOK, "", "");
        assertEquals(List.of(), DialogSlides.infoLines(slide));
        assertTrue(DialogSlides.presented(slide).body().startsWith("Er I et lokalforum"));

        RenderedFrame frame = FrameRenderer.render(feed(slide), Fixtures.MONDAY_10, width, height);
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().titleBox()) > 3_000, "no title");
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().bodyBox()) > 2_000, "no text");
        assertTrue(Pixels.textPixels(frame.image(), frame.layout().qrBox()) > 1_000, "no QR code");
    }

    private static Feed feed(Slide slide) {
        return Fixtures.feedOf(List.of(slide));
    }

    private static Slide slide(ItemKind kind, String title, String body) {
        return new Slide(kind.wireName() + ":moerkoev", kind, title, body, null, null, false, "",
                "https://www.holbaek.dk/deltag", null, Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2100-01-01T00:00:00Z"), 20);
    }
}
