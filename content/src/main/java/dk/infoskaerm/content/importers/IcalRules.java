package dk.infoskaerm.content.importers;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An RRULE as publishers write it, rewritten to mean in ical4j's Recur what RFC 5545 says it means. */
final class IcalRules {

    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private IcalRules() {
    }

    /** The rule for {@code Recur}, its series starting at {@code start}. */
    static String forRecur(String rrule, IcalTimes.When start) {
        return everyMonth(isoWeeks(localUntil(rrule, start)));
    }

    // RFC 5545 §3.3.10: weeks start on Monday unless WKST says otherwise; without WKST ical4j's BYDAY expansion
    // takes the first day of the week from the JVM's locale (Sunday in en_US), so it is made explicit here.
    private static String isoWeeks(String rule) {
        return rule.toUpperCase(Locale.ROOT).contains("WKST=") ? rule : rule.replaceAll(";+$", "") + ";WKST=MO";
    }

    // RFC 5545 §3.3.10: in a YEARLY rule BYMONTHDAY expands to every month unless BYMONTH (or BYWEEKNO, BYYEARDAY)
    // narrows it, as dateutil and ical.net read it; ical4j keeps DTSTART's month, so the months are made explicit.
    private static String everyMonth(String rule) {
        String upper = rule.toUpperCase(Locale.ROOT);
        if (!upper.contains("FREQ=YEARLY") || !upper.contains("BYMONTHDAY=") || upper.contains("BYMONTH=")
                || upper.contains("BYWEEKNO=") || upper.contains("BYYEARDAY=")) {
            return rule;
        }
        return rule + ";BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12";
    }

    // ical4j reads UNTIL in the type it is written in; recurrences run on local times, so UNTIL must be local too.
    private static String localUntil(String rule, IcalTimes.When start) {
        int at = rule.toUpperCase(Locale.ROOT).indexOf("UNTIL=");
        if (at < 0) {
            return rule;
        }
        int end = rule.indexOf(';', at);
        String value = rule.substring(at + 6, end < 0 ? rule.length() : end);
        String local;
        if (start.allDay()) {
            local = value.substring(0, 8);
        } else if (value.length() == 8) {
            local = value + "T235959";
        } else if (value.endsWith("Z")) {
            LocalDateTime utc = LocalDateTime.parse(value.substring(0, value.length() - 1),
                    UTC_BASIC);
            local = start.localOf(utc.toInstant(ZoneOffset.UTC)).format(UTC_BASIC);
        } else {
            local = value;
        }
        return rule.substring(0, at + 6) + local + (end < 0 ? "" : rule.substring(end));
    }
}
