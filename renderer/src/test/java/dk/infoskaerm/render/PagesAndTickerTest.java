package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A slide's pages turn within its dwell time, and the ticker comes round to every coming item. */
class PagesAndTickerTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920,1080", "1080,1920"})
    void pagesTurnEvenlyWithinTheDwellAndSayWhenTheyTurn(int width, int height) {
        Slide meeting = HardTexts.slides().stream().filter(s -> s.id().equals("moede")).findFirst().orElseThrow();
        Feed feed = HardTexts.feedOf(meeting);
        Feed.Play play = feed.playAt(Fixtures.MONDAY_10).orElseThrow();

        RenderedFrame first = FrameRenderer.render(feed, play, play.from(), width, height, Pictures.NONE);

        assertTrue(first.pages() > 1, "the meeting needs pages at " + width + "x" + height);
        assertEquals(0, first.page());
        long share = java.time.Duration.between(play.from(), play.until()).toMillis() / first.pages();
        assertNotNull(first.changesAt());
        assertTrue(!first.changesAt().isAfter(play.from().plusMillis(share)), "turns at " + first.changesAt());
        RenderedFrame second = FrameRenderer.render(feed, play, play.from().plusMillis(share + 1), width, height,
                Pictures.NONE);
        assertEquals(1, second.page());
        RenderedFrame last = FrameRenderer.render(feed, play, play.until().minusMillis(1), width, height,
                Pictures.NONE);
        assertEquals(first.pages() - 1, last.page());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366,768", "1920,1080", "1080,1920"})
    void theTickerComesRoundToEveryComingItem(int width, int height) {
        List<Feed.TickerEntry> entries = new ArrayList<>();
        String[] titles = {"Loppemarked i hallen", "Dialogmøde: Trafiksikkerhedsforanstaltninger på Hovedgaden",
            "Juletræstænding på Torvet", "Lokalforumsgeneralforsamling", "Strikkeklub", "Banko i klubhuset",
            "Koncert med Mørkøv Kirkes børnekor", "Åbent hus på Mørkøv Skole"};
        for (int i = 0; i < titles.length; i++) {
            entries.add(new Feed.TickerEntry(titles[i], HardTexts.START.plusSeconds(i * 86_400L), false,
                    HardTexts.UNTIL));
        }
        Feed feed = new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape",
                List.of(), entries);
        StringBuilder shown = new StringBuilder();
        Instant at = Fixtures.MONDAY_10;
        for (int i = 0; i < 40; i++) {
            RenderedFrame frame = FrameRenderer.render(feed, at, width, height);
            frame.lines().stream().filter(l -> l.part() == TextLine.Part.TICKER)
                    .forEach(l -> shown.append(l.text()).append(' '));
            assertNotNull(frame.changesAt(), "the ticker says when it turns");
            at = frame.changesAt();
        }
        String seen = EveryWordFitsTest.letters(shown.toString());
        for (String title : titles) {
            assertTrue(seen.contains(EveryWordFitsTest.letters(title)), title + " never shown; shown: " + shown);
        }
    }
}
