package dk.infoskaerm.content.feed;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.MeetingDetails;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One slide of a feed, with the window in which it may be shown, so an offline client can still drop what expired.
 *
 * @param id the item's stable identity
 * @param kind what it shows
 * @param title short plain text
 * @param body longer plain text, may be empty
 * @param start when the event or meeting starts, or null
 * @param end when it ends (exclusive), or null
 * @param allDay whether start and end are whole days
 * @param location where, may be empty
 * @param url link shown as a QR code, may be empty
 * @param meeting details of a dialogue meeting, or null
 * @param showFrom first instant the slide may be shown
 * @param showUntil instant from which it must no longer be shown
 * @param dwellSeconds how long the slide stays on screen each round
 * @param image the picture of an announcement: a URL, absolute or relative to the feed's URL; may be empty
 * @param agenda an agenda slide's lines, soonest first; empty on every other kind
 */
public record Slide(String id, ItemKind kind, String title, String body,
                    Instant start, Instant end, boolean allDay, String location, String url,
                    MeetingDetails meeting, Instant showFrom, Instant showUntil, int dwellSeconds,
                    String image, List<AgendaLine> agenda) {

    /**
     * One line of an agenda: day, time and title of a coming event or meeting.
     *
     * @param title the item's title
     * @param start when it starts
     * @param allDay whether it lasts whole days (no time is shown)
     * @param showUntil when the line leaves the agenda: when the item ends
     */
    public record AgendaLine(String title, Instant start, boolean allDay, Instant showUntil) {

        /** Checks the fields. */
        public AgendaLine {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(showUntil, "showUntil");
        }
    }

    /** Validates the fields and normalises nulls to empty values. */
    public Slide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(showFrom, "showFrom");
        Objects.requireNonNull(showUntil, "showUntil");
        body = body == null ? "" : body;
        location = location == null ? "" : location;
        url = url == null ? "" : url;
        image = image == null ? "" : image;
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        if (dwellSeconds <= 0) {
            throw new IllegalArgumentException("dwellSeconds must be positive for slide " + id + ": " + dwellSeconds);
        }
    }

    /** A slide without a picture. */
    public Slide(String id, ItemKind kind, String title, String body, Instant start, Instant end, boolean allDay,
                 String location, String url, MeetingDetails meeting, Instant showFrom, Instant showUntil,
                 int dwellSeconds) {
        this(id, kind, title, body, start, end, allDay, location, url, meeting, showFrom, showUntil, dwellSeconds, "");
    }

    /** A slide of an item, with or without a picture, and no agenda. */
    public Slide(String id, ItemKind kind, String title, String body, Instant start, Instant end, boolean allDay,
                 String location, String url, MeetingDetails meeting, Instant showFrom, Instant showUntil,
                 int dwellSeconds, String image) {
        this(id, kind, title, body, start, end, allDay, location, url, meeting, showFrom, showUntil, dwellSeconds,
                image, List.of());
    }

    /** The agenda's lines still ahead at {@code at}. */
    public List<AgendaLine> agendaAt(Instant at) {
        return agenda.stream().filter(line -> at.isBefore(line.showUntil())).toList();
    }

    /** Whether it has a picture to show. */
    public boolean hasImage() {
        return !image.isEmpty();
    }

    /**
     * Whether it has words to show: a blank title is not shown, except on the area's standing invitations, whose
     * words are the screen's own and whose title is data that may be empty.
     */
    public boolean hasWords() {
        return kind.recurring() || !title.isBlank();
    }

    /** Whether {@code at} lies in {@code [showFrom, showUntil)}. */
    public boolean isShownAt(Instant at) {
        return !at.isBefore(showFrom) && at.isBefore(showUntil);
    }
}
