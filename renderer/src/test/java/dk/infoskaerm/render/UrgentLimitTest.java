package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The longest urgent message shows on one page in both orientations; a longer one does not. */
class UrgentLimitTest {

    @Test
    void theCorpusUrgentMessageOf280CharactersFitsBothOrientations() {
        assertTrue(HardTexts.URGENT.length() >= 280, "corpus message " + HardTexts.URGENT.length());
        assertTrue(FrameRenderer.urgentFits(HardTexts.URGENT));
        assertTrue(FrameRenderer.maxUrgentLength() >= 280, "limit " + FrameRenderer.maxUrgentLength());
    }

    @Test
    void aMessageLongerThanTheLimitNeedsASecondPage() {
        String text = (HardTexts.URGENT + " ").repeat(3).strip();

        assertTrue(text.length() > FrameRenderer.maxUrgentLength());
        assertFalse(FrameRenderer.urgentFits(text));
        var frame = FrameRenderer.render(HardTexts.feedOf(new dk.infoskaerm.content.feed.Slide("u",
                dk.infoskaerm.content.ItemKind.URGENT, text, "", null, null, false, "", "", null, HardTexts.FROM,
                HardTexts.UNTIL, 20)), Fixtures.MONDAY_10, 768, 1366);
        assertTrue(frame.pages() > 1, "pages " + frame.pages());
    }
}
