package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.text.DanishDates;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conformance corpus (issue 16): files from other projects' public test suites (origins and licences in
 * {@code conformance/SOURCES.tsv}), each imported and compared with what feedparser, icalendar and
 * recurring-ical-events made of it ({@code expected.json}, written once by {@code src/test/conformance/generate.py};
 * its docstring defines the compared projection). Files listed in {@code DIFFERENCES.tsv} are where Infoskærm
 * differs on purpose; they count as agreeing only while they still differ, so the list stays true.
 */
class ConformanceCorpusTest {

    private static final Path ROOT = root();
    private static final URI BASE = URI.create("http://conformance.invalid/");
    private static final long SECONDS_PER_FILE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} at least {1}%")
    @CsvSource({"feeds, 95", "calendars, 95", "recurrence, 92", "icalnet, 85"})
    void agreesWithTheReferenceImplementations(String corpus, int goalPercent) throws Exception {
        JsonNode files = JSON.readTree(ROOT.resolve(corpus).resolve("expected.json").toFile()).get("files");
        Map<String, String> deliberate = deliberateDifferences(corpus);
        for (String listed : deliberate.keySet()) {
            assertTrue(files.has(listed), "DIFFERENCES.tsv names " + listed + ", which is not in " + corpus);
        }
        int agree = 0;
        int differ = 0;
        int withItems = 0;
        int agreeRaw = 0;
        List<String> report = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "conformance-" + corpus);
            t.setDaemon(true);
            return t;
        });
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> file = it.next();
                String name = file.getKey();
                byte[] body = Files.readAllBytes(ROOT.resolve(corpus).resolve(name));
                Future<Outcome> run = executor.submit(() -> run(corpus, body, file.getValue()));
                Outcome outcome;
                try {
                    outcome = run.get(SECONDS_PER_FILE, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    crashes.add(name + ": no answer within " + SECONDS_PER_FILE + " s (hang)");
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor();
                    continue;
                } catch (ExecutionException e) {
                    crashes.add(name + ": " + e.getCause());
                    continue;
                }
                boolean same = outcome.expected.equals(outcome.actual);
                withItems += outcome.expected.isEmpty() ? 0 : 1;
                agreeRaw += same ? 1 : 0;
                if (name.equals(System.getProperty("conformance.dump"))) {
                    // -Dconformance.dump=<file> prints both sides in full, to study one difference
                    System.out.println("expected " + outcome.expected + "\nactual   " + outcome.actual);
                }
                if (deliberate.containsKey(name)) {
                    if (same) {
                        stale.add(name);
                    }
                    agree++;
                } else if (same) {
                    agree++;
                } else {
                    differ++;
                    report.add(name + "\n    expected " + cut(outcome.expected) + "\n    actual   " + cut(outcome.actual));
                }
            }
        } finally {
            executor.shutdownNow();
        }
        int total = agree + differ + crashes.size();
        double rate = total == 0 ? 0 : 100.0 * agree / total;
        System.out.printf("conformance %-10s %3d of %3d agree (%.1f%%, goal %d%%), %d of them identical to the reference "
                + "and %d deliberate differences; %d files where the reference finds items; %d crashes or hangs%n",
                corpus, agree, total, rate, goalPercent, agreeRaw, agree - agreeRaw, withItems, crashes.size());
        report.forEach(line -> System.out.println("  differs: " + line));
        assertEquals(List.of(), crashes, "crashes and hangs in " + corpus);
        assertEquals(List.of(), stale, "listed in DIFFERENCES.tsv but now agreeing: remove them from the list");
        assertTrue(total >= 10, corpus + " has too few files: " + total);
        assertTrue(rate >= goalPercent, String.format("%s: %.1f%% agree, goal %d%% (differences printed above)",
                corpus, rate, goalPercent));
    }

    private record Outcome(List<List<String>> expected, List<List<String>> actual) {
    }

    private static Outcome run(String corpus, byte[] body, JsonNode expected) throws Exception {
        boolean feed = corpus.equals("feeds");
        Instant from = expected.has("from") ? Instant.parse(expected.get("from").asText()) : Fixtures.FROM;
        Instant to = expected.has("to") ? Instant.parse(expected.get("to").asText()) : Fixtures.TO;
        ImportRequest request = ImportRequest.of("conformance", from, to);
        List<List<String>> actual;
        try {
            ImportResult result = Importers.parse(body, feed ? SourceFormat.RSS : SourceFormat.ICAL, BASE, request);
            actual = new ArrayList<>();
            for (ImportedItem imported : result.items()) {
                actual.add(feed ? feedLine(imported.item()) : calendarLine(imported.item()));
            }
        } catch (SourceException refused) {
            actual = null;
        }
        if (expected.has("error")) {
            // the reference could not read it: refusing it, or finding nothing in it, agrees
            return new Outcome(List.of(), actual == null ? List.of() : actual);
        }
        List<List<String>> want = new ArrayList<>();
        for (JsonNode item : expected.get("items")) {
            want.add(feed ? List.of(item.get("title").asText(), item.get("link").asText(), text(item.get("date")))
                    : List.of(item.get(0).asText(), item.get(1).asText(), item.get(2).asText(), text(item.get(3))));
        }
        if (actual == null) {
            actual = List.of(List.of("refused"));
        }
        if (!feed) {
            Comparator<List<String>> byFields = Comparator.comparing(List::toString);
            want.sort(byFields);
            actual = new ArrayList<>(actual);
            actual.sort(byFields);
            if (expected.has("count")) {
                // the reference's list is cut after its first items; its total still counts
                int count = actual.size();
                actual = new ArrayList<>(actual.subList(0, Math.min(count, want.size())));
                actual.addFirst(List.of("occurrences", String.valueOf(count)));
                want.addFirst(List.of("occurrences", expected.get("count").asText()));
            }
        }
        return new Outcome(want, actual);
    }

    private static List<String> feedLine(Item item) {
        String link = item.url() != null && item.url().matches("^https?://.*") ? item.url() : "";
        return List.of(item.title(), link, item.published() == null ? "-"
                : item.published().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static List<String> calendarLine(Item item) {
        if (item.allDay()) {
            return List.of(item.title(), "day", item.start().atZone(DanishDates.ZONE).toLocalDate().toString(),
                    item.end().atZone(DanishDates.ZONE).toLocalDate().toString());
        }
        String end = item.end() == null || item.end().equals(item.start()) ? "-"
                : item.end().truncatedTo(ChronoUnit.SECONDS).toString();
        return List.of(item.title(), "time", item.start().truncatedTo(ChronoUnit.SECONDS).toString(), end);
    }

    private static Path root() {
        try {
            return Path.of(ConformanceCorpusTest.class.getResource("/conformance").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(List<List<String>> lines) {
        String text = lines.size() + " " + lines;
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asText();
    }

    private static Map<String, String> deliberateDifferences(String corpus) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("DIFFERENCES.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", 3);
            if (cells.length == 3 && cells[0].equals(corpus)) {
                out.put(cells[1], cells[2]);
            }
        }
        return out;
    }
}
