package dk.infoskaerm.content;

import java.util.Locale;

/** The kinds of content a screen shows. */
public enum ItemKind {
    /** Arrangement: from a calendar or posted by a volunteer. */
    EVENT,
    /** Dialogmøde: citizens meet politicians. */
    MEETING,
    /** Nyhed: lokalforum news. */
    NEWS,
    /** Opslag: written by a volunteer. */
    ANNOUNCEMENT,
    /** Akut besked: takes over the screens it is sent to. */
    URGENT;

    /** The lower-case word used in JSON and URLs. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name such as {@code "meeting"}. */
    public static ItemKind fromWire(String value) {
        for (ItemKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown item kind: '" + value + "' (expected event, meeting, news, announcement or urgent)");
    }
}
