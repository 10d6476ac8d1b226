package dk.infoskaerm.render;

import dk.infoskaerm.content.ItemKind;
import java.awt.Color;

/**
 * The colours of one template; every text/background pair has a contrast of at least 4.5:1.
 *
 * @param background slide background
 * @param text title, info and body text
 * @param band background of the kind label band
 * @param bandText text on the band
 * @param footer footer background
 * @param footerText footer text
 */
record Theme(Color background, Color text, Color band, Color bandText, Color footer, Color footerText) {

    private static final Color WHITE = Color.WHITE;

    static final Theme EVENT = new Theme(new Color(0x0D3B66), WHITE, new Color(0xF4D35E), new Color(0x0D3B66),
            new Color(0x08243F), WHITE);
    /** Light and green, unlike every other template, so a dialogue meeting is recognised at a glance. */
    static final Theme MEETING = new Theme(new Color(0xFFF8E7), new Color(0x1B1B1B), new Color(0x1B5E20), WHITE,
            new Color(0x1B5E20), WHITE);
    static final Theme NEWS = new Theme(WHITE, new Color(0x1A1A1A), new Color(0x37474F), WHITE,
            new Color(0x263238), WHITE);
    static final Theme ANNOUNCEMENT = new Theme(new Color(0x4A2C6F), WHITE, WHITE, new Color(0x4A2C6F),
            new Color(0x2E1A47), WHITE);
    static final Theme URGENT = new Theme(new Color(0xC8102E), WHITE, WHITE, new Color(0xC8102E),
            new Color(0x8B0000), WHITE);
    /** Warm and inviting: dark teal with a sand band, for the area's standing invitations. */
    static final Theme CONTACT = new Theme(new Color(0x004D4D), WHITE, new Color(0xF2E3C6), new Color(0x004D4D),
            new Color(0x003333), WHITE);
    static final Theme BOOK = new Theme(new Color(0x3B2F63), WHITE, new Color(0xFFD166), new Color(0x3B2F63),
            new Color(0x261E40), WHITE);
    /** Dark green with a warm band: the week ahead, unlike any single item. */
    static final Theme AGENDA = new Theme(new Color(0x0B4F3C), WHITE, new Color(0xFFD166), new Color(0x0B4F3C),
            new Color(0x06352A), WHITE);
    static final Theme IDLE = new Theme(new Color(0x102A43), WHITE, new Color(0x486581), WHITE,
            new Color(0x0B1F33), WHITE);

    static Theme of(ItemKind kind) {
        return switch (kind) {
            case EVENT -> EVENT;
            case MEETING -> MEETING;
            case NEWS -> NEWS;
            case ANNOUNCEMENT -> ANNOUNCEMENT;
            case URGENT -> URGENT;
            case CONTACT -> CONTACT;
            case BOOK -> BOOK;
            case AGENDA -> AGENDA;
        };
    }
}
