package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.render.Pictures;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The feed the screen shows now, and where its pictures are, shared between the network threads and the display. */
public final class CurrentFeed {

    /**
     * One applied feed.
     *
     * @param feed the feed, or null before the first one
     * @param etag its ETag, or null when unknown
     * @param appliedAt when the client switched to it, or null for the feed it started with
     */
    public record Applied(Feed feed, String etag, Instant appliedAt) {
    }

    private final AtomicReference<Applied> applied;
    private final Pictures pictures;
    private final AtomicReferenceArray<TechnicianNotice> notices =
            new AtomicReferenceArray<>(TechnicianNotice.Source.values().length);

    /** Starts with {@code initial}, which may be null (nothing yet: the idle slide); slides without pictures. */
    public CurrentFeed(Feed initial) {
        this(initial, Pictures.NONE);
    }

    /** Starts with {@code initial}, which may be null; the slides' pictures are found in {@code pictures}. */
    public CurrentFeed(Feed initial, Pictures pictures) {
        this.applied = new AtomicReference<>(new Applied(initial, null, null));
        this.pictures = java.util.Objects.requireNonNull(pictures, "pictures");
    }

    /** Where the slides' pictures are found. */
    public Pictures pictures() {
        return pictures;
    }

    /** The feed, empty before the first one arrived. */
    public Optional<Feed> find() {
        return Optional.ofNullable(applied.get().feed());
    }

    /** The feed with its ETag and the moment it was applied. */
    public Applied applied() {
        return applied.get();
    }

    /**
     * A problem for a technician to read on the screen in place of the idle slide, empty when none; with several,
     * the first in the order of {@link TechnicianNotice.Source}.
     */
    public Optional<TechnicianNotice> findNotice() {
        for (int i = 0; i < notices.length(); i++) {
            if (notices.get(i) != null) {
                return Optional.of(notices.get(i));
            }
        }
        return Optional.empty();
    }

    /** Sets (or with null clears) the problem {@code source} found. */
    public void setNotice(TechnicianNotice.Source source, TechnicianNotice notice) {
        notices.set(source.ordinal(), notice);
    }

    void set(Feed next, String etag, Instant at) {
        applied.set(new Applied(next, etag, at));
    }
}
