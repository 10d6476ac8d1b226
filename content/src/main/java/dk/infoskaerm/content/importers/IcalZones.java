package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.text.DanishDates;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a TZID to a zone: IANA names, Windows names ("W. Europe Standard Time"), Outlook display names
 * ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"), vendor prefixes ("/mozilla.org/…/Europe/Copenhagen"), and a
 * VTIMEZONE's own offsets when its name means nothing. A TZID that resolves to nothing means Europe/Copenhagen.
 */
final class IcalZones {

    // The Windows zones a Danish calendar meets, from CLDR's windowsZones.xml (territory 001).
    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("Greenland Standard Time", "America/Godthab"),
            Map.entry("UTC", "UTC"),
            Map.entry("Coordinated Universal Time", "UTC"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("India Standard Time", "Asia/Calcutta"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"));

    private final Map<String, IcalReader.Comp> definitions = new HashMap<>();
    private final Map<String, ZoneRules> resolved = new HashMap<>();
    private final Problems problems;
    private final ZoneRules calendarZone;

    /**
     * The zones of a calendar's VTIMEZONEs; {@code wrTimezone} is its X-WR-TIMEZONE (null if none), which Google and
     * Apple write instead of TZIDs. As the x-wr-timezone package that recurring-ical-events applies, floating times
     * are read in it and UTC times are moved into it, so that their recurrences keep local time across summer time.
     */
    IcalZones(List<IcalReader.Comp> vtimezones, String wrTimezone, Problems problems) {
        this.problems = problems;
        for (IcalReader.Comp tz : vtimezones) {
            IcalReader.Prop id = tz.first("TZID");
            if (id != null) {
                definitions.put(id.value().strip(), tz);
            }
        }
        ZoneId wr = wrTimezone == null || wrTimezone.isBlank() ? null : byName(wrTimezone.strip());
        if (wr == null && wrTimezone != null && !wrTimezone.isBlank()) {
            problems.add(ImportTexts.get("ical.unknownCalendarZone", wrTimezone.strip()));
        }
        calendarZone = wr == null ? null : wr.getRules();
    }

    /** The zone of UTC times: the calendar's X-WR-TIMEZONE, or UTC. */
    ZoneRules utc() {
        return calendarZone == null ? ZoneOffset.UTC.getRules() : calendarZone;
    }

    /** The zone for a TZID parameter; null means floating: the X-WR-TIMEZONE, else Infoskærm's Europe/Copenhagen. */
    ZoneRules zone(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return calendarZone == null ? DanishDates.ZONE.getRules() : calendarZone;
        }
        return resolved.computeIfAbsent(tzid.strip(), this::resolve);
    }

    private ZoneRules resolve(String tzid) {
        ZoneId zone = byName(tzid);
        if (zone != null) {
            return zone.getRules();
        }
        IcalReader.Comp definition = definitions.get(tzid);
        if (definition != null) {
            ZoneRules rules = fromDefinition(definition);
            if (rules != null) {
                return rules;
            }
        }
        problems.add(ImportTexts.get(definition == null ? "ical.unknownZoneUndefined" : "ical.unknownZone", tzid));
        return DanishDates.ZONE.getRules();
    }

    static ZoneId byName(String tzid) {
        String windows = WINDOWS.get(tzid);
        if (windows != null) {
            return ZoneId.of(windows);
        }
        ZoneId zone = iana(tzid);
        if (zone != null) {
            return zone;
        }
        // vendor prefixes such as /mozilla.org/20050126_1/Europe/Copenhagen or /softwarestudio.org/…
        String rest = tzid;
        int slash;
        while ((slash = rest.indexOf('/', 1)) > 0) {
            rest = rest.substring(slash + 1);
            zone = iana(rest);
            if (zone != null) {
                return zone;
            }
        }
        if (tzid.startsWith("(UTC") || tzid.startsWith("(GMT")) {
            return displayName(tzid);
        }
        return null;
    }

    private static ZoneId iana(String name) {
        if (name.indexOf('/') < 0 && !name.equals("UTC") && !name.equals("GMT")) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneId displayName(String tzid) {
        if (tzid.contains("Copenhagen")) {
            return DanishDates.ZONE;
        }
        if (tzid.contains("Amsterdam") || tzid.contains("Berlin")) {
            return ZoneId.of("Europe/Berlin");
        }
        if (tzid.contains("London") || tzid.contains("Dublin")) {
            return ZoneId.of("Europe/London");
        }
        int close = tzid.indexOf(')');
        String offset = close > 4 ? tzid.substring(4, close).replace('.', ':') : "";
        try {
            return offset.isEmpty() ? ZoneOffset.UTC : ZoneOffset.of(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // A definition with a custom name: Danish rules when it is +01/+02 (what such exports mean here, even those that
    // carry no RRULE), else the definition's own transitions, summer time included (RFC 5545 §3.6.5).
    private static ZoneRules fromDefinition(IcalReader.Comp definition) {
        String standard = null;
        String daylight = null;
        for (IcalReader.Comp part : definition.children()) {
            IcalReader.Prop to = part.first("TZOFFSETTO");
            if (to == null) {
                continue;
            }
            if (part.name().equals("STANDARD")) {
                standard = to.value().strip();
            } else if (part.name().equals("DAYLIGHT")) {
                daylight = to.value().strip();
            }
        }
        if ("+0100".equals(standard) && "+0200".equals(daylight)) {
            return DanishDates.ZONE.getRules();
        }
        return IcalZoneRules.of(definition);
    }
}
