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
    void politiciansAfterTheFirstLeaveNoEmptyRowsWhereLabelsStandAboveTheirValues() {
        Slide slide = meeting(new MeetingDetails(List.of("Søren Ørum-Hansen", "Åse Ærø Kristiansen",
                "Mette Lykkegaard"), "", ""));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1080, 1920,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            // portrait: the value column is too narrow beside the labels, so each label gets a row of its own
            SlideText.Fit fit = FrameRenderer.fit(g, Layout.of(1080, 1920, 0, false, 0.0), slide, Instant.EPOCH);
            List<SlideText.Row> rows = fit.pages().stream().flatMap(List::stream).toList();
            assertEquals(true, rows.stream().anyMatch(r -> r.label().equals("Politikere:") && r.text().isBlank()),
                    "labels above their values: " + rows);
            assertEquals(List.of(), rows.stream().filter(r -> r.label().isBlank() && r.text().isBlank()).toList());
        } finally {
            g.dispose();
        }
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
