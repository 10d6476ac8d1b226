package dk.infoskaerm.content.feed;

import dk.infoskaerm.content.OpeningHours;
import dk.infoskaerm.content.text.DanishDates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The document a screen reads: what it shows, slide by slide. Format described in {@code docs/feed-format.md}.
 *
 * @param version format version, {@link #FORMAT_VERSION}
 * @param screenId the screen this feed is for
 * @param screenName the screen's name
 * @param areaSlug the screen's area
 * @param areaName the area's name, shown on idle slides
 * @param orientation {@code landscape} or {@code portrait}
 * @param slides what to show, in order; each with its own display window
 * @param ticker the next events, for the footer line
 * @param openingHours when the screen shows content (local time, Europe/Copenhagen), or null for always
 * @param recurEverySeconds how often the recurring slides ({@link dk.infoskaerm.content.ItemKind#recurring()}) are
 *                          shown at most; 0 means once per loop
 */
public record Feed(int version, String screenId, String screenName, String areaSlug, String areaName,
                   String orientation, List<Slide> slides, List<TickerEntry> ticker, OpeningHours openingHours,
                   int recurEverySeconds) {

    /** The format version this code writes and understands. */
    public static final int FORMAT_VERSION = 1;

    /** Validates and copies. */
    public Feed {
        Objects.requireNonNull(screenId, "screenId");
        slides = slides == null ? List.of() : List.copyOf(slides);
        ticker = ticker == null ? List.of() : List.copyOf(ticker);
        if (recurEverySeconds < 0) {
            throw new IllegalArgumentException("recurEverySeconds must not be negative: " + recurEverySeconds);
        }
    }

    /** A feed whose recurring slides are shown once per loop. */
    public Feed(int version, String screenId, String screenName, String areaSlug, String areaName,
                String orientation, List<Slide> slides, List<TickerEntry> ticker, OpeningHours openingHours) {
        this(version, screenId, screenName, areaSlug, areaName, orientation, slides, ticker, openingHours, 0);
    }

    /** A feed that is always open. */
    public Feed(int version, String screenId, String screenName, String areaSlug, String areaName,
                String orientation, List<Slide> slides, List<TickerEntry> ticker) {
        this(version, screenId, screenName, areaSlug, areaName, orientation, slides, ticker, null);
    }

    /** Whether the screen shows content at {@code at}, by its opening hours. */
    public boolean isOpenAt(Instant at) {
        return openingHours == null || openingHours.isOpen(at, DanishDates.ZONE);
    }

    /**
     * What the screen shows at {@code at}: the slides whose window contains it, in feed order; when an urgent
     * message is among them, only the urgent messages, as they take the screen over. A slide with a blank title is
     * never shown.
     */
    public List<Slide> slidesAt(Instant at) {
        List<Slide> shown = slides.stream().filter(s -> s.isShownAt(at) && s.hasWords()).toList();
        List<Slide> urgent = shown.stream().filter(s -> s.kind().takesOver()).toList();
        return urgent.isEmpty() ? shown : urgent;
    }

    /**
     * The slide on screen at {@code at}: the slides of {@link #slidesAt} take turns for their dwell time, in a
     * rotation anchored at the Unix epoch, so every client (and the server's schedule) agrees on the same instant.
     * With {@link #recurEverySeconds} set, the recurring slides leave the rotation and play together at the start of
     * each such period (anchored at the epoch too), so they come at most that often. Empty means the screen is idle.
     */
    public Optional<Slide> slideAt(Instant at) {
        return playAt(at).map(Play::slide);
    }

    /**
     * The slide on screen at {@code at}, as {@link #slideAt}, with the stretch of its turn: from the whole second it
     * came on for its dwell time. Empty means the screen is idle.
     */
    public Optional<Play> playAt(Instant at) {
        List<Slide> shown = slidesAt(at);
        long second = at.getEpochSecond();
        List<Slide> recurring = shown.stream().filter(s -> s.kind().recurring()).toList();
        List<Slide> ordinary = shown.stream().filter(s -> !s.kind().recurring()).toList();
        long block = round(recurring);
        // A period too short for the invitations and anything else: they come once per loop, as without one.
        if (recurEverySeconds == 0 || recurring.isEmpty() || ordinary.isEmpty() || block >= recurEverySeconds) {
            return ordinary.isEmpty() ? rotate(recurring, second, at) : rotate(shown, second, at);
        }
        long inPeriod = Math.floorMod(second, recurEverySeconds);
        long periodStart = second - inPeriod;
        if (inPeriod < block) {
            return rotate(recurring, inPeriod, at);
        }
        // The rest rotates on the seconds outside the invitations' blocks, each turn cut to this period's stretch,
        // so a page or a fresh slide is timed by what really shows.
        long ordinarySecond = Math.floorDiv(second, recurEverySeconds) * (recurEverySeconds - block) + inPeriod - block;
        Instant stretchFrom = Instant.ofEpochSecond(periodStart + block);
        Instant stretchUntil = Instant.ofEpochSecond(periodStart + recurEverySeconds);
        return rotate(ordinary, ordinarySecond, at).map(p -> new Play(p.slide(),
                p.from().isBefore(stretchFrom) ? stretchFrom : p.from(),
                p.until().isAfter(stretchUntil) ? stretchUntil : p.until()));
    }

    private static long round(List<Slide> slides) {
        return slides.stream().mapToLong(Slide::dwellSeconds).sum();
    }

    /**
     * The play at {@code second} of a rotation of {@code slides} anchored at second 0, {@code at} being that second:
     * its slide came on as many seconds before {@code at} as it has been on in the rotation.
     */
    private static Optional<Play> rotate(List<Slide> slides, long second, Instant at) {
        long round = round(slides);
        if (round == 0) {
            return Optional.empty();
        }
        long position = Math.floorMod(second, round);
        for (Slide slide : slides) {
            if (position < slide.dwellSeconds()) {
                Instant from = Instant.ofEpochSecond(at.getEpochSecond() - position);
                return Optional.of(new Play(slide, from, from.plusSeconds(slide.dwellSeconds())));
            }
            position -= slide.dwellSeconds();
        }
        throw new IllegalStateException("rotation position outside the round: " + position);
    }

    /**
     * What plays when between {@code from} and {@code until}: consecutive stretches of one slide (or idle, with a
     * null slide), at most {@code maxPlays} of them. Slides change on whole seconds, as the rotation does.
     */
    public List<Play> plays(Instant from, Instant until, int maxPlays) {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until before from: " + from + " > " + until);
        }
        List<Play> plays = new ArrayList<>();
        Instant t = from;
        Slide current = slideAt(t).orElse(null);
        Instant start = t;
        while (t.isBefore(until) && plays.size() < maxPlays) {
            t = t.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            Slide next = t.isBefore(until) ? slideAt(t).orElse(null) : null;
            if (!t.isBefore(until) || !Objects.equals(id(next), id(current))) {
                plays.add(new Play(current, start, t.isBefore(until) ? t : until));
                current = next;
                start = t;
            }
        }
        return plays;
    }

    private static String id(Slide slide) {
        return slide == null ? null : slide.id();
    }

    /**
     * A stretch of time in which one slide is on screen.
     *
     * @param slide the slide, or null when the screen is idle
     * @param from when it appears
     * @param until when it gives way
     */
    public record Play(Slide slide, Instant from, Instant until) {
    }

    /** The ticker entries still ahead at {@code at}. */
    public List<TickerEntry> tickerAt(Instant at) {
        return ticker.stream().filter(t -> at.isBefore(t.showUntil())).toList();
    }

    /**
     * One line of the footer ticker.
     *
     * @param title the event's title
     * @param start when it starts
     * @param allDay whether it is an all-day event
     * @param showUntil when to drop it from the ticker
     */
    public record TickerEntry(String title, Instant start, boolean allDay, Instant showUntil) {
    }
}
