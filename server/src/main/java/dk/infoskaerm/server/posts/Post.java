package dk.infoskaerm.server.posts;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * An announcement (opslag) written in the web UI, on the screens as the item {@code post:<id>}. The item is the
 * approved version: it changes when the post is published and leaves when it is withdrawn; while a change waits for
 * approval (or was rejected) the item keeps the version approved before.
 *
 * @param areas target areas; empty means every area (administrators only)
 * @param lastEditorId who last changed what the post says or shows (the author, or an administrator); never its approver
 * @param onScreens whether the post has an item, i.e. an approved version is on the screens (read from the database)
 */
record Post(String id, String authorId, String authorName, String title, String body, String link, String imageId,
            Instant visibleFrom, Instant visibleUntil, Set<String> areas, Status status, String rejectionReason,
            String decidedBy, Instant decidedAt, Instant createdAt, Instant updatedAt, String lastEditorId,
            boolean onScreens) {

    /** Where a post is in its life. */
    enum Status {
        PENDING, PUBLISHED, REJECTED, WITHDRAWN;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status fromWire(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }
    }

    Post {
        areas = Set.copyOf(areas);
    }

    String itemId() {
        return "post:" + id;
    }

    Item toItem() {
        return new Item(itemId(), "posts", ItemKind.ANNOUNCEMENT, title, body, null, null, false, "", link,
                decidedAt != null ? decidedAt : updatedAt, visibleFrom, visibleUntil, areas, null,
                imageId == null ? "" : ImageService.PATH + imageId);
    }

    /** Whether what the post says now waits, or was refused, while an earlier approved version is on the screens. */
    boolean publishedVersionShown() {
        return onScreens && status != Status.PUBLISHED;
    }

    /** This post showing the stored image {@code newImageId}. */
    Post withImage(String newImageId) {
        return new Post(id, authorId, authorName, title, body, link, newImageId, visibleFrom, visibleUntil, areas,
                status, rejectionReason, decidedBy, decidedAt, createdAt, updatedAt, lastEditorId, onScreens);
    }

    /** This post as last changed by {@code editorId} at {@code now}. */
    Post edited(String editorId, Instant now) {
        return new Post(id, authorId, authorName, title, body, link, imageId, visibleFrom, visibleUntil, areas,
                status, rejectionReason, decidedBy, decidedAt, createdAt, now, editorId, onScreens);
    }

    Post with(Status newStatus, String reason, String decider, Instant decided, Instant now) {
        return new Post(id, authorId, authorName, title, body, link, imageId, visibleFrom, visibleUntil, areas,
                newStatus, reason, decider, decided, createdAt, now, lastEditorId, onScreens);
    }
}
