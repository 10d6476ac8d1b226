package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.safety.Sanitizer;
import dk.infoskaerm.content.text.DanishDates;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Recur;

/** iCalendar VEVENTs to items, recurrences expanded in each event's own zone within the request's window. */
final class IcalImporter {

    static final int MAX_OCCURRENCES = 500;
    static final int MAX_TITLE = 200;

    private final ImportRequest request;
    private final URI base;
    private final Problems problems;
    private final List<ImportedItem> items = new ArrayList<>();
    private final SameUid sameUid = new SameUid();
    private final Set<String> keys = new HashSet<>();

    private IcalImporter(ImportRequest request, URI base, Problems problems) {
        this.request = request;
        this.base = base;
        this.problems = problems;
    }

    static List<ImportedItem> parse(String text, String source, URI base, ImportRequest request, Problems problems)
            throws SourceException {
        IcalReader.Comp calendar;
        try {
            calendar = IcalReader.read(text, problems);
        } catch (ParserException e) {
            // ical4j's words for a calendar cut off before its END:VCALENDAR
            boolean truncated = String.valueOf(e.getMessage()).contains("Unexpected end of file");
            throw new SourceException(source, (truncated ? "iCalendar-kalenderen er afbrudt/ufuldstændig: "
                    : "Svaret er ikke en læsbar iCalendar-kalender: ") + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(source, "Svaret er ikke en læsbar iCalendar-kalender: " + e, e);
        }
        IcalImporter importer = new IcalImporter(request, base, problems);
        importer.importCalendar(calendar);
        return importer.sameUid.winners(importer.items);
    }

    private void importCalendar(IcalReader.Comp calendar) {
        List<IcalReader.Comp> timezones = new ArrayList<>();
        List<IcalReader.Comp> events = new ArrayList<>();
        for (IcalReader.Comp c : calendar.children()) {
            if (c.name().equals("VTIMEZONE")) {
                timezones.add(c);
            } else if (c.name().equals("VEVENT")) {
                events.add(c);
            }
        }
        IcalZones zones = new IcalZones(timezones, calendar.text("X-WR-TIMEZONE"), problems);
        Map<String, Set<Object>> overridden = new HashMap<>();
        for (IcalReader.Comp event : events) {
            IcalReader.Prop recurrenceId = event.first("RECURRENCE-ID");
            String uid = event.text("UID");
            if (recurrenceId != null && uid != null) {
                try {
                    IcalTimes.When when = IcalTimes.when(recurrenceId, zones);
                    // Outlook writes RECURRENCE-ID;TZID=…:20261109T000000 for an all-day series' occurrence: an
                    // all-day series matches its overrides by the RECURRENCE-ID's date (as recurring-ical-events)
                    Set<Object> ids = overridden.computeIfAbsent(uid, k -> new HashSet<>());
                    ids.add(when.instant());
                    ids.add(when.day());
                } catch (RuntimeException e) {
                    problems.add(ImportTexts.get("ical.recurrenceId", describe(event), recurrenceId.value()));
                }
            }
        }
        for (IcalReader.Comp event : events) {
            try {
                importEvent(event, zones, overridden);
            } catch (RuntimeException e) {
                problems.add(ImportTexts.skipped(describe(event), e));
            }
        }
    }

    private void importEvent(IcalReader.Comp event, IcalZones zones, Map<String, Set<Object>> overridden) {
        String title = Sanitizer.plainText(event.text("SUMMARY"), MAX_TITLE);
        if (title.isEmpty()) {
            problems.add(ImportTexts.get("ical.noSummary", describe(event)));
            return;
        }
        IcalReader.Prop dtstart = event.first("DTSTART");
        if (dtstart == null) {
            problems.add(ImportTexts.get("ical.noStart", describe(event)));
            return;
        }
        for (IcalReader.Prop p : event.props()) {
            if ((p.name().equals("DTSTART") || p.name().equals("DTEND"))
                    && IcalTimes.mislabelledDate(p.value().strip(), p.param("VALUE"))) {
                problems.add(ImportTexts.get("ical.mislabelledDate", describe(event), p.name(), p.value()));
            }
        }
        IcalTimes.When start = IcalTimes.when(dtstart, zones);
        Length length = length(event, start, zones);
        String uid = event.text("UID");
        String status = ImportedItem.statusOf(event.text("STATUS"));
        Template template = new Template(title, Sanitizer.plainText(event.text("DESCRIPTION")),
                Sanitizer.plainText(event.text("LOCATION"), MAX_TITLE), Sanitizer.safeUrl(event.text("URL"), base),
                status, uid, sequence(event));
        IcalReader.Prop recurrenceId = event.first("RECURRENCE-ID");
        List<String> rrules = new ArrayList<>();
        for (IcalReader.Prop rrule : event.all("RRULE")) {
            if (rrule.value().isBlank()) {
                // RFC 5545 §3.3.10 requires FREQ, so an empty RRULE names no recurrence: the event happens once
                problems.add(ImportTexts.get("ical.emptyRrule", describe(event)));
            } else {
                rrules.add(rrule.value().strip());
            }
        }
        boolean recurring = recurrenceId == null && (!rrules.isEmpty() || event.first("RDATE") != null);
        if (!recurring) {
            String key = uid == null ? "nouid/" + title + "/" + start.instant() : uid;
            IcalTimes.When replaces = recurrenceId == null ? null : IcalTimes.when(recurrenceId, zones);
            if (replaces != null) {
                key = key + "/" + replaces.instant();
            }
            add(key, template, start, length, replaces);
            return;
        }
        Set<Object> skip = new HashSet<>(overridden.getOrDefault(uid, Set.of()));
        for (IcalReader.Prop exdate : event.all("EXDATE")) {
            for (IcalTimes.When w : IcalTimes.list(exdate, zones)) {
                skip.add(start.allDay() ? w.date() == null ? w.local().toLocalDate().atStartOfDay(DanishDates.ZONE)
                        .toInstant() : w.instant() : w.instant());
            }
        }
        for (IcalTimes.When occurrence : occurrences(event, rrules, start, length, zones)) {
            if (!skip.contains(occurrence.instant()) && !(start.allDay() && skip.contains(occurrence.date()))) {
                add((uid == null ? "nouid/" + title : uid) + "/" + occurrence.instant(), template, occurrence, length,
                        null);
            }
        }
    }

    private List<IcalTimes.When> occurrences(IcalReader.Comp event, List<String> rrules, IcalTimes.When start,
                                             Length length, IcalZones zones) {
        TreeSet<IcalTimes.When> out = new TreeSet<>((a, b) -> a.instant().compareTo(b.instant()));
        out.add(start);
        for (IcalReader.Prop rdate : event.all("RDATE")) {
            for (IcalTimes.When w : IcalTimes.list(rdate, zones)) {
                out.add(w);
            }
        }
        for (String rrule : rrules) {
            String rule = IcalRules.forRecur(rrule, start);
            if (start.allDay()) {
                LocalDate from = request.from().atZone(DanishDates.ZONE).toLocalDate().minus(length.days);
                LocalDate to = request.to().atZone(DanishDates.ZONE).toLocalDate().plusDays(1);
                for (LocalDate d : new Recur<LocalDate>(rule).getDates(start.date(), from, to, MAX_OCCURRENCES)) {
                    out.add(new IcalTimes.When(d, null, null));
                }
            } else {
                LocalDateTime from = start.localOf(request.from().minus(length.span()));
                LocalDateTime to = start.localOf(request.to());
                for (LocalDateTime t : new Recur<LocalDateTime>(rule).getDates(start.local(), from, to,
                        MAX_OCCURRENCES)) {
                    out.add(new IcalTimes.When(null, t, start.zone()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private void add(String key, Template t, IcalTimes.When start, Length length, IcalTimes.When replaces) {
        Instant s = start.instant();
        Instant e = start.allDay()
                ? start.date().plus(length.days).atStartOfDay(DanishDates.ZONE).toInstant()
                : length.exact == null ? null : s.plus(length.exact);
        if (!request.inWindow(s, e)) {
            return;
        }
        // two events may share a key (one UID twice without RECURRENCE-ID); each item still needs its own id
        String unique = key;
        for (int n = 2; !keys.add(unique); n++) {
            unique = key + "#" + n;
        }
        Item item = new Item(Ids.of(request.sourceId(), unique), request.sourceId(), request.kindOr(ItemKind.EVENT),
                t.title, t.summary, s, e, start.allDay(), t.location, t.url, null, null, null, request.areas(), null);
        ImportedItem imported = new ImportedItem(item, t.status);
        items.add(imported);
        if (t.uid != null) {
            sameUid.add(imported, t.uid, replaces == null ? start.day() : replaces.day(), replaces != null,
                    t.sequence);
        }
    }

    private static Integer sequence(IcalReader.Comp event) {
        String sequence = event.text("SEQUENCE");
        try {
            return sequence == null ? null : Integer.valueOf(sequence.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Length length(IcalReader.Comp event, IcalTimes.When start, IcalZones zones) {
        IcalReader.Prop dtend = event.first("DTEND");
        IcalReader.Prop duration = event.first("DURATION");
        try {
            if (dtend != null) {
                IcalTimes.When end = IcalTimes.when(dtend, zones);
                if (!start.allDay() && !end.allDay() && dtend.param("TZID") == null
                        && !dtend.value().strip().toUpperCase(Locale.ROOT).endsWith("Z")) {
                    // a floating DTEND beside a zoned DTSTART (RFC 5545 wants both alike): read in the start's
                    // zone, as icalendar and recurring-ical-events do
                    end = new IcalTimes.When(null, end.local(), start.zone());
                }
                if (start.allDay()) {
                    LocalDate endDate = end.allDay() ? end.date() : end.local().toLocalDate();
                    Period days = Period.ofDays((int) Math.max(1, ChronoUnit.DAYS.between(start.date(), endDate)));
                    return new Length(days, null);
                }
                Duration exact = Duration.between(start.instant(), end.instant());
                if (exact.isNegative()) {
                    problems.add(ImportTexts.get("ical.endBeforeStart", describe(event)));
                    return new Length(Period.ofDays(1), null);
                }
                return new Length(Period.ofDays(1), exact);
            }
            if (duration != null) {
                Duration exact = IcalTimes.duration(duration.value());
                return start.allDay()
                        ? new Length(Period.ofDays((int) Math.max(1, exact.toDays())), null)
                        : new Length(Period.ofDays(1), exact.isNegative() ? null : exact);
            }
        } catch (RuntimeException e) {
            problems.add(ImportTexts.get("ical.endUnreadable", describe(event), ImportTexts.unreadable(e)));
        }
        return new Length(Period.ofDays(1), null);
    }

    private static String describe(IcalReader.Comp event) {
        String summary = event.text("SUMMARY");
        String uid = event.text("UID");
        return summary != null ? ImportTexts.get("ical.eventTitled", Sanitizer.plainText(summary, 60))
                : uid != null ? ImportTexts.get("ical.eventUid", uid) : ImportTexts.get("ical.event");
    }

    private record Template(String title, String summary, String location, String url, String status, String uid,
                            Integer sequence) {
    }

    /** How long each occurrence lasts: whole days for all-day events, an exact duration (or none) otherwise. */
    private record Length(Period days, Duration exact) {

        // RFC 5545 §3.6.1: a DATE-TIME DTSTART without DTEND or DURATION ends at its start, so it lasts nothing.
        Duration span() {
            return exact == null ? Duration.ZERO : exact;
        }
    }
}
