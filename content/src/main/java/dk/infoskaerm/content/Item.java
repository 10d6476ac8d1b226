package dk.infoskaerm.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of content: an event, a dialogue meeting, news, an announcement or an urgent message.
 *
 * <p>Times are instants. For an all-day item {@code start} is the local midnight the day begins and {@code end}
 * is exclusive, as in iCalendar.
 *
 * @param id stable identity (source + UID, GUID or URL), so a re-import updates instead of duplicating
 * @param sourceId where it came from, e.g. {@code demo} or a source's id
 * @param kind what it is
 * @param title short plain text
 * @param summary longer plain text, may be empty
 * @param start when it happens (events, meetings), or null
 * @param end when it is over (exclusive), or null
 * @param allDay whether it spans whole days
 * @param location where, plain text, may be empty
 * @param url where to read more (shown as a QR code), may be empty
 * @param published when it was published (news, announcements), or null
 * @param visibleFrom earliest instant it may be shown, or null for no limit
 * @param visibleUntil instant it must stop being shown, or null for no limit
 * @param areas slugs of the areas it belongs to; empty means the whole municipality
 * @param meeting details for dialogue meetings, or null
 * @param image a picture (announcements): a URL, absolute or relative to the server's feed URL; may be empty
 */
public record Item(String id, String sourceId, ItemKind kind, String title, String summary,
                   Instant start, Instant end, boolean allDay, String location, String url,
                   Instant published, Instant visibleFrom, Instant visibleUntil,
                   Set<String> areas, MeetingDetails meeting, String image) {

    /** Validates the fields and normalises nulls to empty values. */
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        location = location == null ? "" : location;
        url = url == null ? "" : url;
        image = image == null ? "" : image;
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end before start for item " + id + ": " + start + " > " + end);
        }
    }

    /** An item without a picture. */
    public Item(String id, String sourceId, ItemKind kind, String title, String summary, Instant start, Instant end,
                boolean allDay, String location, String url, Instant published, Instant visibleFrom,
                Instant visibleUntil, Set<String> areas, MeetingDetails meeting) {
        this(id, sourceId, kind, title, summary, start, end, allDay, location, url, published, visibleFrom,
                visibleUntil, areas, meeting, "");
    }

    /** Whether it belongs to every area of the municipality. */
    public boolean forWholeMunicipality() {
        return areas.isEmpty();
    }

    /** Whether it belongs to the given area (directly or as whole-municipality content). */
    public boolean belongsTo(String areaSlug) {
        return areas.isEmpty() || areas.contains(areaSlug);
    }
}
