package dk.infoskaerm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.feed.Slide;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The info rows of a dialogue meeting: its politicians one per row, and the seats of a counted sign-up. */
class MeetingInfoTest {

    @Test
    void listsEachPoliticianOnItsOwnRowWithTheLabelOnTheFirst() {
        List<SlideText.Info> rows = FrameRenderer.infoLines(meeting(new MeetingDetails(
                List.of("Anne Hansen (A), Teknik- og Miljøudvalget", "Bo Jensen (V)", "to medlemmer af udvalget"),
                "", "")), Instant.EPOCH);
        List<SlideText.Info> politicians = rows.subList(2, rows.size());
        assertEquals(List.of(new SlideText.Info("Politikere:", "Anne Hansen (A), Teknik- og Miljøudvalget"),
                new SlideText.Info("", "Bo Jensen (V)"),
                new SlideText.Info("", "to medlemmer af udvalget")), politicians);
    }

    @Test
    void showsTheSeatsLeftOrFullyBookedInsteadOfTheSignUpText() {
        assertEquals("12 pladser tilbage – scan QR-koden", signUpRow(12));
        assertEquals("1 plads tilbage – scan QR-koden", signUpRow(1));
        assertEquals("Fuldt booket", signUpRow(0));
        assertEquals("ring til Lone", signUpRow(null));
    }

    private static String signUpRow(Integer seats) {
        List<SlideText.Info> rows = FrameRenderer.infoLines(meeting(
                new MeetingDetails(List.of(), "", "ring til Lone", seats)), Instant.EPOCH);
        SlideText.Info last = rows.getLast();
        assertEquals("Tilmelding:", last.label());
        return last.value();
    }

    private static Slide meeting(MeetingDetails details) {
        Instant start = Instant.parse("2026-12-05T13:00:00Z");
        return new Slide("m", ItemKind.MEETING, "Dialogmøde", "", start, start.plusSeconds(3600), false,
                "Mørkøv Hallen", "", details, Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2100-01-01T00:00:00Z"), 10);
    }
}
