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

    static Comp read(String text) throws IOException, ParserException {
        Collector collector = new Collector();
        new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(text), true), collector);
        if (collector.root == null) {
            throw new ParserException("no VCALENDAR component", 1);
        }
        return collector.root;
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
