package dk.infoskaerm.render;

import static dk.infoskaerm.render.Fixtures.MONDAY_10;
import static dk.infoskaerm.render.Fixtures.feedOf;
import static dk.infoskaerm.render.Fixtures.slide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Emoji, blank titles and small pictures. */
class SmallFixesTest {

    @Test
    void emojiAreDrawnFromAFontThatHasThemOrLeftOutNeverAsBoxes() {
        Feed feed = feedOf(List.of(slide(ItemKind.EVENT, "Juletræ 🎄 og julemand 🎅 på Torvet \uDB80\uDC01",
                "Gløgg ☕ til alle", "")));

        RenderedFrame frame = FrameRenderer.render(feed, MONDAY_10, 1920, 1080);

        for (TextLine line : frame.lines()) {
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, line.fontSize());
            assertEquals(-1, font.canDisplayUpTo(line.text()), "no glyph for a character of " + line);
        }
        String title = String.join(" ", frame.lines().stream()
                .filter(l -> l.part() == TextLine.Part.TITLE).map(TextLine::text).toList());
        assertTrue(title.contains("Juletræ") && title.contains("Torvet") && !title.contains("\uDB80\uDC01"), title);
        assertTrue(title.contains("🎄"), "🎄 drawn from Symbola (bin/test-setup installs fonts-symbola): " + title);
    }

    @Test
    void aSlideWithABlankTitleIsNotShown() {
        Slide blank = slide(ItemKind.NEWS, "  ", "Tekst uden overskrift", "");
        Slide titled = slide(ItemKind.EVENT, "Loppemarked", "", "");
        Feed feed = feedOf(List.of(blank, titled));

        for (int s = 0; s < 60; s++) {
            assertEquals(titled.id(), FrameRenderer.showingAt(feed, MONDAY_10.plusSeconds(s)));
        }
        assertEquals(FrameRenderer.IDLE, FrameRenderer.showingAt(feedOf(List.of(blank)), MONDAY_10));
    }

    @Test
    void aBannerGetsABandAcrossTheTopOfALandscapeFrame() {
        BufferedImage banner = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
        var g = banner.createGraphics();
        g.setColor(new Color(0xFF8800));
        g.fillRect(0, 0, 1200, 300);
        g.dispose();
        Slide base = slide(ItemKind.ANNOUNCEMENT, "Høstfest i Mørkøv Forsamlingshus", "Billetter i Brugsen.",
                "https://moerkoev.dk/hoestfest");
        Slide withBanner = new Slide(base.id(), base.kind(), base.title(), base.body(), base.start(), base.end(),
                false, base.location(), base.url(), null, base.showFrom(), base.showUntil(), 10, "/banner.png");

        RenderedFrame frame = FrameRenderer.render(feedOf(List.of(withBanner)), MONDAY_10, 1920, 1080,
                url -> Optional.of(banner));

        Rectangle box = frame.layout().imageBox();
        assertTrue(box.y + box.height <= frame.layout().labelBox().y, "banner above the text: " + box);
        int orange = 0;
        for (int x = 0; x < 1920; x++) {
            orange += Pixels.distance(new Color(frame.image().getRGB(x, box.y + box.height / 2)), new Color(0xFF8800))
                    < 30 ? 1 : 0;
        }
        assertTrue(orange >= 1920 / 2, "banner drawn " + orange + " px wide");
        assertTrue(frame.lines().stream().anyMatch(l -> l.part() == TextLine.Part.TITLE), "title under the banner");
    }

    @Test
    void aSmallPictureIsEnlargedAtMostTwice() {
        BufferedImage small = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = small.createGraphics();
        g.setColor(new Color(0xFF8800));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        Slide base = slide(ItemKind.ANNOUNCEMENT, "Høstfest", "", "");
        Slide withPicture = new Slide(base.id(), base.kind(), base.title(), base.body(), base.start(), base.end(),
                false, base.location(), "", null, base.showFrom(), base.showUntil(), 10, "/p.png");

        RenderedFrame frame = FrameRenderer.render(feedOf(List.of(withPicture)), MONDAY_10, 1920, 1080,
                url -> Optional.of(small));

        Rectangle box = frame.layout().imageBox();
        int orange = 0;
        for (int x = box.x; x < box.x + box.width; x++) {
            orange += Pixels.distance(new Color(frame.image().getRGB(x, box.y + box.height / 2)), new Color(0xFF8800))
                    < 30 ? 1 : 0;
        }
        assertTrue(orange > 40 && orange <= 80, "40 px picture drawn " + orange + " px wide");
    }
}
