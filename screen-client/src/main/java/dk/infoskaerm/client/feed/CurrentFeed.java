package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.FreshFirst;
import dk.infoskaerm.render.FrameRenderer;
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
    private final AtomicReference<FreshFirst> fresh = new AtomicReference<>(FreshFirst.NONE);
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

    /**
     * Switches to {@code next}: its new and changed slides play next, as soon as the slide on screen ends
     * ({@link FreshFirst}).
     */
    synchronized void set(Feed next, String etag, Instant at) {
        Feed previous = applied.get().feed();
        fresh.set(next == null ? FreshFirst.NONE : FreshFirst.plan(previous, fresh.get(), next, at));
        applied.set(new Applied(next, etag, at));
    }

    /**
     * The slide on screen at {@code at} and the stretch it plays: new content first, then the common rotation; empty
     * for the idle slide (no feed, nothing to show, or outside the opening hours).
     */
    public Optional<Feed.Play> playAt(Instant at) {
        Feed feed = applied.get().feed();
        if (feed == null || !feed.isOpenAt(at)) {
            return Optional.empty();
        }
        return fresh.get().playAt(feed, at);
    }

    /** What the screen shows at {@code at}, as a heartbeat reports it: a slide's id, {@code idle} or {@code dark}. */
    public String showingAt(Instant at) {
        Feed feed = applied.get().feed();
        return FrameRenderer.isDarkAt(feed, at) ? FrameRenderer.DARK
                : playAt(at).map(p -> p.slide().id()).orElse(FrameRenderer.IDLE);
    }
}
