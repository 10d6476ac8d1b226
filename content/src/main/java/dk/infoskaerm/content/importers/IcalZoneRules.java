package dk.infoskaerm.content.importers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Recur;

/**
 * The rules of a VTIMEZONE whose TZID names no known zone (RFC 5545 §3.6.5): each STANDARD and DAYLIGHT part's
 * DTSTART, RRULE and RDATEs are expanded (by ical4j's Recur) into transitions from TZOFFSETFROM to TZOFFSETTO, up to
 * 1900 to {@link #LAST_YEAR}, so summer time is kept, as icalendar and recurring-ical-events do.
 */
final class IcalZoneRules {

    static final int LAST_YEAR = 2100;
    private static final LocalDateTime FIRST = LocalDateTime.of(1900, 1, 1, 0, 0);
    private static final int MAX_TRANSITIONS_PER_PART = 400;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private IcalZoneRules() {
    }

    /** The rules, or null when the definition has no part with readable offsets. */
    static ZoneRules of(IcalReader.Comp definition) {
        Map<Instant, ZoneOffsetTransition> transitions = new TreeMap<>();
        ZoneOffset standard = null;
        ZoneOffset firstFrom = null;
        LocalDateTime firstStart = null;
        for (IcalReader.Comp part : definition.children()) {
            ZoneOffset from = offset(part.first("TZOFFSETFROM"));
            ZoneOffset to = offset(part.first("TZOFFSETTO"));
            IcalReader.Prop dtstart = part.first("DTSTART");
            if (to == null) {
                continue;
            }
            if (part.name().equals("STANDARD") && standard == null) {
                standard = to;
            }
            if (from == null || dtstart == null) {
                continue;
            }
            for (LocalDateTime local : starts(part, dtstart)) {
                if (firstStart == null || local.isBefore(firstStart)) {
                    firstStart = local;
                    firstFrom = from;
                }
                if (!from.equals(to)) {
                    ZoneOffsetTransition t = ZoneOffsetTransition.of(local, from, to);
                    transitions.put(t.getInstant(), t);
                }
            }
        }
        if (standard == null && firstFrom == null) {
            return null;
        }
        if (standard == null) {
            standard = firstFrom;
        }
        ZoneOffset base = firstFrom == null ? standard : firstFrom;
        return ZoneRules.of(standard, base, List.of(), new ArrayList<>(transitions.values()), List.of());
    }

    // The local times (in TZOFFSETFROM) at which a part starts to apply.
    private static List<LocalDateTime> starts(IcalReader.Comp part, IcalReader.Prop dtstart) {
        List<LocalDateTime> out = new ArrayList<>();
        LocalDateTime seed;
        try {
            seed = LocalDateTime.parse(dtstart.value().strip().replaceAll("[Zz]$", ""), BASIC);
        } catch (DateTimeException e) {
            return out;
        }
        out.add(seed);
        LocalDateTime end = LocalDateTime.of(LAST_YEAR, 12, 31, 23, 59);
        // Outlook starts its rules in 1601; transitions before FIRST_YEAR matter to no screen and would use up the cap
        LocalDateTime from = seed.isBefore(FIRST) ? FIRST : seed;
        for (IcalReader.Prop rrule : part.all("RRULE")) {
            // UNTIL is often written in UTC; read locally it moves by at most a few hours, never past a transition
            String rule = rrule.value().strip().replaceAll("(?i)(UNTIL=\\d{8}T\\d{6})Z", "$1");
            try {
                out.addAll(new Recur<LocalDateTime>(rule).getDates(seed, from, end, MAX_TRANSITIONS_PER_PART));
            } catch (RuntimeException e) {
                // an unreadable rule leaves the part's DTSTART and RDATEs
            }
        }
        for (IcalReader.Prop rdate : part.all("RDATE")) {
            for (String value : rdate.value().split(",")) {
                try {
                    out.add(LocalDateTime.parse(value.strip().replaceAll("[Zz]$", ""), BASIC));
                } catch (DateTimeException e) {
                    // skipped: one unreadable RDATE costs that transition only
                }
            }
        }
        return out;
    }

    private static ZoneOffset offset(IcalReader.Prop prop) {
        if (prop == null) {
            return null;
        }
        String v = prop.value().strip();
        try {
            if (v.length() == 5 || v.length() == 7) {
                // +HHMM or +HHMMSS
                return ZoneOffset.ofHoursMinutesSeconds(sign(v) * Integer.parseInt(v.substring(1, 3)),
                        sign(v) * Integer.parseInt(v.substring(3, 5)),
                        v.length() == 7 ? sign(v) * Integer.parseInt(v.substring(5, 7)) : 0);
            }
            return ZoneOffset.of(v);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int sign(String v) {
        return v.charAt(0) == '-' ? -1 : 1;
    }
}
