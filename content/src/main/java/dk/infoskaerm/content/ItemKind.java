package dk.infoskaerm.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of content a screen shows, and everything that depends on the kind: a new kind is one constant here,
 * and the compiler then asks for its answer in every switch below.
 */
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
    URGENT,
    /** "Har du en idé?": who to contact in the area with an idea (the lokalforum, the area's Fælles-skaber). */
    CONTACT,
    /** "Book en politiker": the invitation to ask a politician out. */
    BOOK,
    /** "Det sker i …": the area's coming week on one slide; made by the composer, never stored as an item. */
    AGENDA;

    private static final List<ItemKind> IMPORTABLE = Arrays.stream(values()).filter(ItemKind::importable).toList();

    /** The feed out, per area, that carries items of a kind. */
    public enum FeedOut {
        /** {@code events.ics}: what happens ahead. */
        CALENDAR,
        /** {@code news.rss}: what was published. */
        NEWS,
        /** No feed out. */
        NONE
    }

    /** The lower-case word used in JSON and URLs. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a source (iCalendar, RSS/Atom, HTML page) may import items of this kind. */
    public boolean importable() {
        return switch (this) {
            case EVENT, MEETING, NEWS -> true;
            case ANNOUNCEMENT, URGENT, CONTACT, BOOK, AGENDA -> false;
        };
    }

    /**
     * Whether it happens at a time: it needs a start, is shown from a look-ahead before its start until its end,
     * is ordered by its start, and an importer skips it without a date.
     */
    public boolean timed() {
        return switch (this) {
            case EVENT, MEETING -> true;
            case NEWS, ANNOUNCEMENT, URGENT, CONTACT, BOOK, AGENDA -> false;
        };
    }

    /** Whether a start it carries is shown as when it happens; a news item's date is when it was published. */
    public boolean showsStart() {
        return switch (this) {
            case EVENT, MEETING, ANNOUNCEMENT, URGENT -> true;
            case NEWS, CONTACT, BOOK, AGENDA -> false;
        };
    }

    /** Whether its coming items are listed in the screen's footer ticker. */
    public boolean inTicker() {
        return switch (this) {
            case EVENT, MEETING -> true;
            case NEWS, ANNOUNCEMENT, URGENT, CONTACT, BOOK, AGENDA -> false;
        };
    }

    /** Whether it takes the screen over: while one is shown, only items of such kinds are. */
    public boolean takesOver() {
        return switch (this) {
            case URGENT -> true;
            case EVENT, MEETING, NEWS, ANNOUNCEMENT, AGENDA, CONTACT, BOOK -> false;
        };
    }

    /**
     * Whether it is a standing invitation of its area rather than news of a moment: shown without an end, at the end
     * of the loop, once per loop or at most every so many minutes ({@link dk.infoskaerm.content.feed.Feed}).
     */
    public boolean recurring() {
        return switch (this) {
            case CONTACT, BOOK -> true;
            case EVENT, MEETING, NEWS, ANNOUNCEMENT, URGENT, AGENDA -> false;
        };
    }

    /** The area's feed out that carries it. */
    public FeedOut feedOut() {
        return switch (this) {
            case EVENT, MEETING -> FeedOut.CALENDAR;
            case NEWS, ANNOUNCEMENT -> FeedOut.NEWS;
            case URGENT, CONTACT, BOOK, AGENDA -> FeedOut.NONE;
        };
    }

    /** The kinds a source may import, in declaration order. */
    public static List<ItemKind> importableKinds() {
        return IMPORTABLE;
    }

    /** The kind with wire name {@code value}, if there is one. */
    public static Optional<ItemKind> findByWire(String value) {
        for (ItemKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Parses a wire name such as {@code "meeting"}. */
    public static ItemKind fromWire(String value) {
        return findByWire(value).orElseThrow(() -> new IllegalArgumentException("unknown item kind: '" + value
                + "' (expected " + wireNames(List.of(values()), "or") + ")"));
    }

    /** The wire names of {@code kinds} as a list for a message: {@code "event, meeting or news"} with {@code or}. */
    public static String wireNames(Collection<ItemKind> kinds, String or) {
        List<String> names = kinds.stream().map(ItemKind::wireName).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + or + " " + names.getLast();
    }
}
