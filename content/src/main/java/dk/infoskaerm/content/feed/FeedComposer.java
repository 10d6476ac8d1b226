package dk.infoskaerm.content.feed;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.Screen;
import dk.infoskaerm.content.importers.Importers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rule that decides what a screen shows: items × screen × now → feed.
 *
 * <p>Each item gets a display window by its kind (events and meetings from {@code lookAhead} before they start
 * until they end; news for {@code newsMaxAge} after publication; announcements and urgent messages for their
 * own window). The feed holds the slides whose window is open now or opens within {@link #HORIZON}, so a client
 * that goes offline keeps a correct loop for a while. Slides are ordered by time and capped per kind; within a
 * kind, sources take turns, so one busy source cannot fill the loop. An item without a title is not shown. With
 * three or more events and meetings in the coming week, an {@linkplain Agenda agenda} slide lists them and only
 * some keep a slide of their own.
 */
public final class FeedComposer {

    /** How far ahead the feed carries slides whose window has not opened yet. */
    public static final Duration HORIZON = Duration.ofHours(24);

    private static final int TICKER_SIZE = 10;
    private static final Duration DEFAULT_EVENT_LENGTH = Duration.ofHours(1);
    /** The end of a standing invitation's window: a date every client can parse. */
    static final Instant STANDING_END = Instant.parse("9999-12-31T00:00:00Z");

    private final ComposerSettings settings;
    private final int recurEverySeconds;

    /** A composer with the given settings. */
    public FeedComposer(ComposerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.recurEverySeconds = Math.toIntExact(settings.recurEvery().toSeconds());
    }

    /** Composes the feed of {@code screen} in {@code area} from {@code items} at instant {@code now}. */
    public Composition compose(Screen screen, Area area, Collection<Item> items, Instant now) {
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(now, "now");
        if (!screen.areaSlug().equals(area.slug())) {
            throw new IllegalArgumentException("screen " + screen.id() + " is in area " + screen.areaSlug()
                    + ", not " + area.slug());
        }
        Instant horizonEnd = now.plus(HORIZON);
        Instant validUntil = Instant.MAX;
        Map<ItemKind, List<Candidate>> byKind = new EnumMap<>(ItemKind.class);
        // The same event from two sources is shown once; the area filter comes first, so a copy meant for
        // another area never hides this area's copy.
        List<Item> ofArea = items.stream().filter(item -> item.belongsTo(area.slug())).toList();
        for (Item item : Importers.dedupe(ofArea)) {
            if (!item.kind().recurring() && (item.title() == null || item.title().isBlank())) {
                continue;
            }
            Window window = windowOf(item);
            if (window == null || !window.until.isAfter(window.from)) {
                continue;
            }
            validUntil = earliestAfter(now, validUntil, window.until, window.from.minus(HORIZON));
            if (!window.until.isAfter(now) || !window.from.isBefore(horizonEnd)) {
                continue;
            }
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(new Candidate(item, window));
        }
        List<Candidate> all = byKind.values().stream().flatMap(List::stream).toList();
        List<Item> coming = Agenda.coming(all.stream().map(Candidate::item).toList(), now);
        boolean agenda = coming.size() >= Agenda.MIN_ITEMS;
        for (Candidate c : all) {
            validUntil = earliestAfter(now, validUntil, Agenda.changes(c.item).toArray(Instant[]::new));
        }
        List<Candidate> chosen = new ArrayList<>();
        for (List<Candidate> ofKind : byKind.values()) {
            ofKind.removeIf(c -> agenda && !Agenda.keepsOwnSlide(c.item, now));
            ofKind.sort(Comparator.comparing(Candidate::sortKey).thenComparing(c -> c.item.id()));
            chosen.addAll(fairShare(ofKind, settings.maxPerKind()));
        }
        chosen.sort(Comparator.comparing(Candidate::sortKey).thenComparing(c -> c.item.id()));
        List<Slide> slides = new ArrayList<>();
        if (agenda) {
            Instant from = all.stream().filter(c -> coming.contains(c.item)).map(c -> c.window.from)
                    .max(Comparator.naturalOrder()).orElse(now);
            slides.add(Agenda.slide(area, coming, from, settings.minDwellSeconds(), DEFAULT_EVENT_LENGTH));
        }
        chosen.stream().map(this::toSlide).forEach(slides::add);
        List<Feed.TickerEntry> ticker = ticker(all, now);
        for (Feed.TickerEntry entry : ticker) {
            validUntil = earliestAfter(now, validUntil, entry.showUntil());
        }
        return new Composition(feedOf(screen, area.slug(), area.name(), slides, ticker), validUntil);
    }

    /**
     * The composition of {@code screen} from {@code composed}, the composition of another screen of the same area
     * at the same instant: the slides depend only on the area, so composing once per area serves all its screens.
     */
    public Composition reuse(Composition composed, Screen screen) {
        Feed feed = composed.feed();
        if (!screen.areaSlug().equals(feed.areaSlug())) {
            throw new IllegalArgumentException("screen " + screen.id() + " is in area " + screen.areaSlug()
                    + ", not " + feed.areaSlug());
        }
        return new Composition(feedOf(screen, feed.areaSlug(), feed.areaName(), feed.slides(), feed.ticker()),
                composed.validUntil());
    }

    private Feed feedOf(Screen screen, String areaSlug, String areaName, List<Slide> slides,
                               List<Feed.TickerEntry> ticker) {
        return new Feed(Feed.FORMAT_VERSION, screen.id(), screen.name(), areaSlug, areaName,
                screen.orientation().name().toLowerCase(Locale.ROOT), slides, ticker,
                screen.openingHours().periods().isEmpty() ? null : screen.openingHours(), recurEverySeconds);
    }

    /** Seconds a slide with this text stays on screen: longer text, longer dwell, within the configured range. */
    public int dwellSeconds(String... texts) {
        int words = 0;
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                words += text.trim().split("\\s+").length;
            }
        }
        int seconds = 4 + (words + 2) / 3;
        return Math.max(settings.minDwellSeconds(), Math.min(settings.maxDwellSeconds(), seconds));
    }

    /**
     * Up to {@code cap} candidates taken in turns from each source, soonest first within a source, so that one
     * busy source cannot fill the loop.
     */
    private static List<Candidate> fairShare(List<Candidate> sorted, int cap) {
        Map<String, ArrayDeque<Candidate>> bySource = new LinkedHashMap<>();
        for (Candidate c : sorted) {
            bySource.computeIfAbsent(c.item.sourceId(), k -> new ArrayDeque<>()).add(c);
        }
        List<Candidate> taken = new ArrayList<>();
        while (taken.size() < cap && !bySource.isEmpty()) {
            for (var it = bySource.values().iterator(); it.hasNext() && taken.size() < cap; ) {
                ArrayDeque<Candidate> queue = it.next();
                taken.add(queue.poll());
                if (queue.isEmpty()) {
                    it.remove();
                }
            }
        }
        return taken;
    }

    private Window windowOf(Item item) {
        Window natural = switch (item.kind()) {
            case EVENT, MEETING -> happeningWindow(item);
            case NEWS -> publishedWindow(item);
            case ANNOUNCEMENT, URGENT -> postedWindow(item);
            case CONTACT, BOOK -> standingWindow(item);
            case AGENDA -> null;
        };
        if (natural == null) {
            return null;
        }
        Instant from = natural.from;
        Instant until = natural.until;
        if (item.visibleFrom() != null && item.visibleFrom().isAfter(from)) {
            from = item.visibleFrom();
        }
        if (item.visibleUntil() != null && item.visibleUntil().isBefore(until)) {
            until = item.visibleUntil();
        }
        return new Window(from, until);
    }

    /** From the look-ahead before its start until it ends; null without a start. */
    private Window happeningWindow(Item item) {
        if (item.start() == null) {
            return null;
        }
        Instant end = item.end() != null ? item.end()
                : item.start().plus(item.allDay() ? Duration.ofDays(1) : DEFAULT_EVENT_LENGTH);
        return new Window(item.start().minus(settings.lookAhead()), end);
    }

    /** From its publication for the news age; null when it has no date. */
    private Window publishedWindow(Item item) {
        Instant published = item.published() != null ? item.published() : item.visibleFrom();
        return published == null ? null : new Window(published, published.plus(settings.newsMaxAge()));
    }

    /** From when it was set up (or ever) until it is taken down (or {@link #STANDING_END}). */
    private static Window standingWindow(Item item) {
        return new Window(item.visibleFrom() != null ? item.visibleFrom() : Instant.EPOCH,
                item.visibleUntil() != null ? item.visibleUntil() : STANDING_END);
    }

    /** The window its author chose, or from its publication for the news age; null when it has no date. */
    private Window postedWindow(Item item) {
        Instant from = item.visibleFrom() != null ? item.visibleFrom() : item.published();
        if (from == null) {
            return null;
        }
        return new Window(from, item.visibleUntil() != null ? item.visibleUntil() : from.plus(settings.newsMaxAge()));
    }

    private Slide toSlide(Candidate c) {
        Item item = c.item;
        // The screen words its standing invitations itself, at more length than their data: the longest dwell.
        int dwell = item.kind().recurring() ? settings.maxDwellSeconds()
                : dwellSeconds(item.title(), item.summary(), item.location());
        return new Slide(item.id(), item.kind(), item.title(), item.summary(), item.start(), item.end(),
                item.allDay(), item.location(), item.url(), item.meeting(), c.window.from, c.window.until, dwell,
                item.image());
    }

    private static List<Feed.TickerEntry> ticker(List<Candidate> chosen, Instant now) {
        return chosen.stream()
                .filter(c -> c.item.kind().inTicker())
                .filter(c -> c.item.start().isAfter(now))
                .sorted(Comparator.comparing((Candidate c) -> c.item.start()).thenComparing(c -> c.item.id()))
                .limit(TICKER_SIZE)
                .map(c -> new Feed.TickerEntry(c.item.title(), c.item.start(), c.item.allDay(), c.item.start()))
                .toList();
    }

    private static Instant earliestAfter(Instant now, Instant current, Instant... candidates) {
        Instant best = current;
        for (Instant candidate : candidates) {
            if (candidate.isAfter(now) && candidate.isBefore(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private record Window(Instant from, Instant until) {
    }

    private record Candidate(Item item, Window window) {
        /** Timed items by their start, posted ones by their window; the recurring invitations end the loop. */
        Instant sortKey() {
            return item.kind().recurring() ? STANDING_END : item.kind().timed() ? item.start() : window.from;
        }
    }
}
