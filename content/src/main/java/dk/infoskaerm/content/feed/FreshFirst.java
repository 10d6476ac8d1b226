package dk.infoskaerm.content.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * New content first: when a screen receives a new feed, its new and changed slides are shown next, as soon as the
 * slide on screen ends, each for its dwell time; then the common rotation ({@link Feed#playAt}) goes on. Urgent
 * messages need none of this, as they take the screen over at once.
 *
 * @param plays the stretches played before the rotation resumes: the slide that was on screen, then the fresh ones
 */
public record FreshFirst(List<Feed.Play> plays) {

    /** Nothing ahead of the rotation. */
    public static final FreshFirst NONE = new FreshFirst(List.of());

    /** Copies. */
    public FreshFirst {
        plays = List.copyOf(plays);
    }

    /**
     * The plan when {@code next} replaces {@code previous} at {@code at}, while {@code before} was being followed.
     * Without a previous feed (the first one) nothing jumps the queue.
     */
    public static FreshFirst plan(Feed previous, FreshFirst before, Feed next, Instant at) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(at, "at");
        if (previous == null) {
            return NONE;
        }
        Map<String, Slide> old = previous.slides().stream()
                .collect(Collectors.toMap(Slide::id, Function.identity(), (a, b) -> a));
        List<Slide> fresh = next.slidesAt(at).stream()
                .filter(s -> !s.kind().takesOver() && !s.equals(old.get(s.id())))
                .toList();
        if (fresh.isEmpty()) {
            return NONE;
        }
        List<Feed.Play> plays = new ArrayList<>();
        Instant from = at;
        Optional<Feed.Play> onScreen = before.playAt(previous, at);
        Optional<Slide> stillThere = onScreen.flatMap(p -> next.slidesAt(at).stream()
                .filter(s -> s.id().equals(p.slide().id())).findFirst());
        if (onScreen.isPresent() && stillThere.isPresent() && !fresh.contains(stillThere.get())) {
            plays.add(new Feed.Play(stillThere.get(), onScreen.get().from(), onScreen.get().until()));
            from = onScreen.get().until();
        }
        for (Slide slide : fresh) {
            Instant until = from.plusSeconds(slide.dwellSeconds());
            plays.add(new Feed.Play(slide, from, until));
            from = until;
        }
        return new FreshFirst(plays);
    }

    /**
     * What plays at {@code at} in {@code feed}: a stretch of this plan, or the common rotation once the plan is over
     * (and at once while an urgent message takes over).
     */
    public Optional<Feed.Play> playAt(Feed feed, Instant at) {
        boolean urgent = feed.slidesAt(at).stream().anyMatch(s -> s.kind().takesOver());
        if (!urgent) {
            for (Feed.Play play : plays) {
                if (!at.isBefore(play.from()) && at.isBefore(play.until()) && play.slide().isShownAt(at)) {
                    return Optional.of(play);
                }
            }
        }
        return feed.playAt(at);
    }
}
