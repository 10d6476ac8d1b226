package dk.infoskaerm.content.importers;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads iCalendar text into plain components with ical4j's tokenizer (unfolding, parameters, quoting), leaving the
 * meaning of values to the importer so one bad value never stops the others.
 */
final class IcalReader {

    record Prop(String name, String value, Map<String, String> params) {

        String param(String key) {
            return params.get(key);
        }
    }

    record Comp(String name, List<Prop> props, List<Comp> children) {

        Prop first(String propName) {
            for (Prop p : props) {
                if (p.name.equals(propName)) {
                    return p;
                }
            }
            return null;
        }

        String text(String propName) {
            Prop p = first(propName);
            return p == null ? null : unescape(p.value);
        }

        List<Prop> all(String propName) {
            List<Prop> out = new ArrayList<>(2);
            for (Prop p : props) {
                if (p.name.equals(propName)) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    private IcalReader() {
    }

    static Comp read(String text, Problems problems) throws IOException, ParserException {
        Collector collector = new Collector();
        new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(clean(text, problems)), true), collector);
        if (collector.root == null) {
            throw new ParserException("no VCALENDAR component", 1);
        }
        return collector.root;
    }

    /**
     * The text as unfolded content lines that ical4j can read: blank lines dropped, lines that are not
     * {@code NAME[;PARAM=VALUE]*:VALUE} repaired (empty parameters) or dropped, END lines naming no open component
     * dropped, each with a problem. As the reference parsers in issue 16 do, one bad line costs that line only, not
     * the calendar; ical4j's relaxed-parsing hint is not used: it is a JVM-wide setting and records no problem.
     */
    static String clean(String text, Problems problems) {
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 64);
        Deque<String> open = new ArrayDeque<>();
        boolean droppedEnd = false;
        for (int i = 0; i < lines.length; ) {
            int number = i + 1;
            StringBuilder logical = new StringBuilder(lines[i++]);
            while (i < lines.length && folded(lines[i])) {
                logical.append(lines[i], 1, lines[i].length());
                i++;
            }
            String line = logical.toString();
            if (line.isBlank()) {
                continue;
            }
            if (!CONTENT_LINE.matcher(line).matches()) {
                String repaired = repairParameters(line);
                if (repaired == null) {
                    problems.add(ImportTexts.get("ical.notContentLine", number, shorten(line)));
                    continue;
                }
                problems.add(ImportTexts.get("ical.emptyParameter", number, shorten(line)));
                line = repaired;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("BEGIN:")) {
                open.push(upper.substring(6).strip());
            } else if (upper.startsWith("END:")) {
                String name = upper.substring(4).strip();
                if (!open.contains(name)) {
                    problems.add(ImportTexts.get("ical.endsNothing", number, shorten(line)));
                    droppedEnd = true;
                    continue;
                }
                // a component left open inside the one ending here is ended with it
                String ended;
                do {
                    ended = open.pop();
                } while (!ended.equals(name));
            }
            out.append(line).append("\r\n");
        }
        // only a calendar that lost a misspelt END is closed here; one cut off in transit stays a broken source
        if (droppedEnd) {
            while (!open.isEmpty()) {
                out.append("END:").append(open.pop()).append("\r\n");
            }
        }
        return out.toString();
    }

    private static final Pattern CONTENT_LINE =
            Pattern.compile("[A-Za-z0-9-]+(;[A-Za-z0-9-]+=(\"[^\"]*\"|[^\";:,]*)(,(\"[^\"]*\"|[^\";:,]*))*)*:.*",
                    Pattern.DOTALL);

    // DTSTART;;VALUE=DATE:… and DTSTART;:… come from hand-edited exports; the empty parameter carries nothing.
    private static String repairParameters(String line) {
        int colon = line.indexOf(':');
        if (colon < 0 || line.lastIndexOf('"', colon) >= 0) {
            return null;
        }
        String head = line.substring(0, colon).replaceAll(";{2,}", ";").replaceAll(";$", "");
        String repaired = head + line.substring(colon);
        return CONTENT_LINE.matcher(repaired).matches() ? repaired : null;
    }

    private static boolean folded(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }

    private static String shorten(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }

    /** Undoes RFC 5545 text escaping: \n, \N, \,, \; and \\. */
    static String unescape(String value) {
        if (value == null || value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Collector implements ContentHandler {

        private final Deque<Comp> stack = new ArrayDeque<>();
        private Comp root;
        private String propName;
        private String propValue;
        private Map<String, String> params;

        @Override
        public void startCalendar() {
            Comp calendar = new Comp("VCALENDAR", new ArrayList<>(), new ArrayList<>());
            if (root == null) {
                root = calendar;
            }
            stack.push(calendar);
        }

        @Override
        public void endCalendar() {
            stack.poll();
        }

        @Override
        public void startComponent(String name) {
            Comp comp = new Comp(name.toUpperCase(Locale.ROOT), new ArrayList<>(), new ArrayList<>());
            Comp parent = stack.peek();
            if (parent != null) {
                parent.children.add(comp);
            }
            stack.push(comp);
        }

        @Override
        public void endComponent(String name) {
            if (stack.size() > 1) {
                stack.pop();
            }
        }

        @Override
        public void startProperty(String name) {
            propName = name.toUpperCase(Locale.ROOT);
            propValue = "";
            params = new HashMap<>(4);
        }

        @Override
        public void propertyValue(String value) {
            propValue = value;
        }

        @Override
        public void parameter(String name, String value) {
            if (params != null) {
                params.put(name.toUpperCase(Locale.ROOT), unquote(value));
            }
        }

        @Override
        public void endProperty(String name) {
            Comp current = stack.peek();
            if (current != null && propName != null) {
                current.props.add(new Prop(propName, propValue == null ? "" : propValue,
                        params.isEmpty() ? Map.of() : params));
            }
            propName = null;
            params = null;
        }

        private static String unquote(String value) {
            if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                return value.substring(1, value.length() - 1);
            }
            return value;
        }
    }
}
