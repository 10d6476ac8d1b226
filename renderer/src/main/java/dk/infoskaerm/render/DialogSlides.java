package dk.infoskaerm.render;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Slide;
import java.util.ArrayList;
import java.util.List;

/**
 * The standing invitations of an area, "Har du en idé?" ({@code contact}) and "Book en politiker" ({@code book}):
 * their headline and text come from the screen's own words, the feed brings only the area's data. For {@code contact}
 * the slide's {@code title} is the lokalforum and how to reach it, its {@code body} the area's Fælles-skaber and how
 * to reach them, its {@code image} the Fælles-skaber's photo; both kinds carry the link for the QR code.
 */
final class DialogSlides {

    private DialogSlides() {
    }

    /** Whether slides of {@code kind} are presented here. */
    static boolean presents(ItemKind kind) {
        return kind == ItemKind.CONTACT || kind == ItemKind.BOOK;
    }

    /**
     * The slide as the screen shows it: for the kinds presented here, the headline and text of its kind, its link and
     * picture kept; any other slide as it is.
     */
    static Slide presented(Slide slide) {
        if (!presents(slide.kind())) {
            return slide;
        }
        String key = slide.kind().wireName();
        return new Slide(slide.id(), slide.kind(), Texts.get(key + ".title"), Texts.get(key + ".body"), null, null,
                false, "", slide.url(), null, slide.showFrom(), slide.showUntil(), slide.dwellSeconds(),
                slide.image());
    }

    /** Who to contact, one row each: the lokalforum and the Fælles-skaber, when the area has them. */
    static List<SlideText.Info> infoLines(Slide slide) {
        List<SlideText.Info> lines = new ArrayList<>();
        if (slide.kind() == ItemKind.CONTACT) {
            if (!slide.title().isBlank()) {
                lines.add(new SlideText.Info(Texts.get("contact.lokalforum"), slide.title()));
            }
            if (!slide.body().isBlank()) {
                lines.add(new SlideText.Info(Texts.get("contact.person"), slide.body()));
            }
        }
        return lines;
    }
}
