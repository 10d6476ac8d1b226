package dk.infoskaerm.server.posts;

import java.time.Instant;
import java.util.List;

/**
 * A post as the API shows it; {@code areas} empty means all areas. {@code publishedVersionShown}: an earlier approved
 * version stays on the screens while this one waits for approval (or was rejected).
 */
record PostView(String id, String authorId, String authorName, String title, String text, String link,
                String imageUrl, Instant visibleFrom, Instant visibleUntil, List<String> areas, String status,
                String rejectionReason, Instant createdAt, Instant updatedAt, boolean publishedVersionShown) {

    static PostView of(Post p) {
        return new PostView(p.id(), p.authorId(), p.authorName(), p.title(), p.body(), p.link(),
                p.imageId() == null ? null : ImageService.PATH + p.imageId(), p.visibleFrom(), p.visibleUntil(),
                p.areas().stream().sorted().toList(), p.status().wireName(), p.rejectionReason(), p.createdAt(),
                p.updatedAt(), p.publishedVersionShown());
    }
}
