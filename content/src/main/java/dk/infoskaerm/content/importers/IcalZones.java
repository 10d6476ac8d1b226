package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.text.DanishDates;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    private final Map<String, ZoneId> resolved = new HashMap<>();
    private final Problems problems;

    IcalZones(List<IcalReader.Comp> vtimezones, Problems problems) {
        this.problems = problems;
        for (IcalReader.Comp tz : vtimezones) {
            IcalReader.Prop id = tz.first("TZID");
            if (id != null) {
                definitions.put(id.value().strip(), tz);
            }
        }
    }

    /** The zone for a TZID parameter; null means floating, which Infoskærm reads as Europe/Copenhagen. */
    ZoneId zone(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return DanishDates.ZONE;
        }
        return resolved.computeIfAbsent(tzid.strip(), this::resolve);
    }

    private ZoneId resolve(String tzid) {
        ZoneId zone = byName(tzid);
        if (zone != null) {
            return zone;
        }
        IcalReader.Comp definition = definitions.get(tzid);
        if (definition != null) {
            zone = fromOffsets(definition);
            if (zone != null) {
                return zone;
            }
        }
        problems.add(ImportTexts.get(definition == null ? "ical.unknownZoneUndefined" : "ical.unknownZone", tzid));
        return DanishDates.ZONE;
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

    // A definition with a custom name: Central European rules when it is +01/+02, else its standard offset.
    private static ZoneId fromOffsets(IcalReader.Comp definition) {
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
        if (standard == null) {
            return null;
        }
        if (standard.equals("+0100") && "+0200".equals(daylight)) {
            return DanishDates.ZONE;
        }
        try {
            return ZoneOffset.of(standard.length() == 5 ? standard.substring(0, 3) + ":" + standard.substring(3)
                    : standard);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
