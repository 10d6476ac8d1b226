package dk.infoskaerm.content.feed;

import dk.infoskaerm.content.Area;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The agenda slide ("Det sker i Mørkøv"): the area's events and meetings of the coming week, one line each, shown
 * once per loop when there are at least {@link #MIN_ITEMS} of them. With an agenda, an event keeps a slide of its
 * own only when it is soon, a meeting, or has a picture or a QR code; the rest are lines of the agenda, so a busy
 * area's loop stays short.
 */
final class Agenda {

    /** How far ahead the agenda looks. */
    static final Duration DAYS = Duration.ofDays(7);
    /** What counts as soon: such items keep their own slide. */
    static final Duration SOON = Duration.ofDays(2);
    /** The fewest coming items that make an agenda. */
    static final int MIN_ITEMS = 3;
    /** The longest an agenda stays on screen; its renderer pages longer lists within that time. */
    static final int MAX_DWELL_SECONDS = 30;

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("dk.infoskaerm.content.feed.composer", DANISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Agenda() {
    }

    /** The timed items that start within the coming week, soonest first. */
    static List<Item> coming(List<Item> timed, Instant now) {
        Instant until = now.plus(DAYS);
        return timed.stream()
                .filter(i -> i.kind().timed() && i.start() != null && !i.start().isBefore(now) && i.start().isBefore(until))
                .sorted(Comparator.comparing(Item::start).thenComparing(Item::id))
                .toList();
    }

    /** Whether an item keeps a slide of its own next to the agenda. */
    static boolean keepsOwnSlide(Item item, Instant now) {
        return !item.kind().timed() || item.kind() == ItemKind.MEETING || item.start().isBefore(now.plus(SOON))
                || !item.image().isBlank() || !item.url().isBlank();
    }

    /** The agenda slide of {@code area} listing {@code coming} (at least one item), shown from {@code from}. */
    static Slide slide(Area area, List<Item> coming, Instant from, int minDwell, Duration defaultLength) {
        List<Slide.AgendaLine> lines = coming.stream()
                .map(i -> new Slide.AgendaLine(i.title(), i.start(), i.allDay(), endOf(i, defaultLength)))
                .toList();
        Instant until = lines.stream().map(Slide.AgendaLine::showUntil).max(Comparator.naturalOrder()).orElseThrow();
        int dwell = Math.max(minDwell, Math.min(MAX_DWELL_SECONDS, 6 + 2 * lines.size()));
        String title = new MessageFormat(TEXTS.getString("agenda.title"), DANISH).format(new Object[] {area.name()});
        return new Slide("agenda:" + area.slug(), ItemKind.AGENDA, title, "", null, null, false, "", "", null, from,
                until, dwell, "", lines);
    }

    /** The instants at which time alone changes the agenda: an item enters the week, turns soon, or starts. */
    static List<Instant> changes(Item item) {
        return item.kind().timed() && item.start() != null
                ? List.of(item.start().minus(DAYS), item.start().minus(SOON), item.start())
                : List.of();
    }

    private static Instant endOf(Item item, Duration defaultLength) {
        return item.end() != null ? item.end() : item.start().plus(item.allDay() ? Duration.ofDays(1) : defaultLength);
    }
}
