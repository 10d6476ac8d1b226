package dk.infoskaerm.render;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The corpus of hard Danish texts the renderer must show without losing a word, one slide each. */
final class HardTexts {

    static final String PICTURE = "/api/v1/images/plakat";
    static final String BANNER = "/api/v1/images/banner";
    static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2100-01-01T00:00:00Z");
    static final Instant START = Instant.parse("2026-12-05T13:00:00Z");

    /** A 120-character title. */
    static final String LONG_TITLE = "Stort julemarked i Mørkøv Forsamlingshus med boder, gløgg, æbleskiver, "
            + "juletræstænding og besøg af julemanden kl. 15";
    static final String URGENT = "Kogeanbefaling: Vandværket i Mørkøv melder om forurenet drikkevand i hele "
            + "Mørkøv by og i Skamstrup. Kog vandet, før du drikker det, også til tandbørstning og madlavning. "
            + "Vandværket udleverer flaskevand ved Mørkøv Hallen fra kl. 16 til kl. 20. Følg med på holbaek.dk og i lokalradioen.";

    private HardTexts() {
    }

    /** The corpus, each slide named by its id. */
    static List<Slide> slides() {
        return List.of(
                slide("lang-titel", ItemKind.EVENT, LONG_TITLE,
                        "Alle er velkomne. Tag naboen med, og husk kontanter eller MobilePay til boderne.",
                        "Mørkøv Forsamlingshus, Hovedgaden 12, 4440 Mørkøv", "https://moerkoev.dk/julemarked", null, ""),
                slide("trafik", ItemKind.EVENT, "Borgermøde om Trafiksikkerhedsforanstaltninger på Hovedgaden",
                        "Kommunen fremlægger forslag til Trafiksikkerhedsforanstaltninger og Lokalforumsgeneral"
                                + "forsamlingsindkaldelsen drøftes bagefter.",
                        "Kunstudstillingsbygningen, Jernbanegade 3", "", null, ""),
                slide("akut", ItemKind.URGENT, URGENT, "", "", "", null, ""),
                slide("moede", ItemKind.MEETING, "Dialogmøde om skolevej, hal og stier i Mørkøv",
                        "Kom og mød dine politikere og sig din mening om lokalområdets udvikling.",
                        "Mørkøv Skole, aulaen", "https://holbaek.dk/m/ab12",
                        new MeetingDetails(List.of("Søren Ørum-Hansen", "Åse Ærø Kristiansen", "Mette Lykkegaard",
                                "Christian Vestergaard-Pedersen"), "Teknik- og Miljøudvalget",
                                "Tilmelding senest 1. december på holbaek.dk/tilmelding"), ""),
                slide("billede", ItemKind.ANNOUNCEMENT, "Høstfest i Mørkøv Forsamlingshus med spisning, "
                                + "musik og dans for hele familien til langt ud på aftenen",
                        "Billetter i Brugsen.", "Mørkøv Forsamlingshus", "https://moerkoev.dk/hoestfest", null,
                        PICTURE),
                slide("nyhed", ItemKind.NEWS, "Nyt fra Lokalforum: Sti langs Tuse Å åbner til foråret",
                        "Efter to års arbejde med lodsejere, kommune og frivillige er aftalerne på plads. "
                                + "Stien bliver tre kilometer lang og får bænke, borde og et shelter ved åen. "
                                + "Lokalforum takker alle, der har givet en hånd med.", "", "", null, ""),
                slide("banner", ItemKind.ANNOUNCEMENT, "Julekoncert i Mørkøv Kirke med børnekoret og "
                                + "Trafiksikkerhedsforanstaltningernes Orkester 🎄", "Gratis adgang. Kaffe i våbenhuset.",
                        "Mørkøv Kirke", "https://moerkoev.dk/julekoncert", null, BANNER),
                agenda(),
                slide("kontakt", ItemKind.CONTACT, "Mørkøv Lokalforum · formand@moerkoev-lokalforum.dk",
                        "Lise Berg-Kristiansen · 72 36 12 34 · lise.berg-kristiansen@holbaek.dk", "",
                        "https://www.holbaek.dk/deltag", null, ""),
                slide("book", ItemKind.BOOK, "", "", "", "https://infoskaerm.holbaek.dk/book-en-politiker", null, ""));
    }

    /** A busy week: twelve lines, some with long titles. */
    static Slide agenda() {
        String[] titles = {"Loppemarked i hallen", "Dialogmøde: Trafiksikkerhedsforanstaltninger på Hovedgaden",
            "Juletræstænding på Torvet", "Lokalforumsgeneralforsamling", "Strikkeklub i biblioteket",
            "Fællesspisning i Mørkøv Forsamlingshus med julemenu og underholdning", "Gymnastikopvisning",
            "Banko i klubhuset", "Koncert med Mørkøv Kirkes børnekor", "Åbent hus på Mørkøv Skole",
            "Borgermøde om den nye sti langs Tuse Å", "Julefrokost for seniorer"};
        List<Slide.AgendaLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            Instant start = START.plusSeconds(i * 50_400L);
            lines.add(new Slide.AgendaLine(titles[i], start, i == 0, start.plusSeconds(7200)));
        }
        return new Slide("agenda", ItemKind.AGENDA, "Det sker i Mørkøv", "", null, null, false, "", "", null,
                FROM, UNTIL, 30, "", lines);
    }

    /** A feed of {@code slide} alone, with a ticker of long entries. */
    static Feed feedOf(Slide slide) {
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape",
                List.of(slide), List.of(
                new Feed.TickerEntry("Dialogmøde: Trafiksikkerhedsforanstaltninger i Mørkøv", START, false, UNTIL),
                new Feed.TickerEntry("Juletræstænding på Torvet", START.plusSeconds(86_400), false, UNTIL),
                new Feed.TickerEntry("Loppemarked i hallen", START.plusSeconds(2 * 86_400), true, UNTIL)));
    }

    /** The corpus' pictures: a bright poster and a dark banner, so text beside them is measured over them. */
    static Pictures pictures() {
        BufferedImage poster = new BufferedImage(600, 840, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = poster.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.WHITE, 600, 840, new Color(0xFFCC00)));
        g.fillRect(0, 0, 600, 840);
        g.dispose();
        BufferedImage banner = new BufferedImage(1500, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D b = banner.createGraphics();
        b.setPaint(new GradientPaint(0, 0, new Color(0x1B5E20), 1500, 400, new Color(0xC8102E)));
        b.fillRect(0, 0, 1500, 400);
        b.dispose();
        return url -> url.equals(PICTURE) ? Optional.of(poster) : url.equals(BANNER) ? Optional.of(banner)
                : Optional.empty();
    }

    private static Slide slide(String id, ItemKind kind, String title, String body, String location, String url,
                               MeetingDetails meeting, String image) {
        Instant start = kind.timed() ? START : null;
        return new Slide(id, kind, title, body, start, start == null ? null : start.plusSeconds(7200), false,
                location, url, meeting, FROM, UNTIL, 20, image);
    }
}
