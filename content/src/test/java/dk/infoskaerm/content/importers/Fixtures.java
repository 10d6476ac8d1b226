package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.Item;
import dk.infoskaerm.content.text.DanishDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one way tests load fixtures from {@code src/test/resources/fixtures} and render items as compact lines. */
final class Fixtures {

    /** The window every fixture is imported with: autumn 2026 in Copenhagen. */
    static final Instant FROM = LocalDate.of(2026, 9, 1).atStartOfDay(DanishDates.ZONE).toInstant();
    static final Instant TO = LocalDate.of(2027, 1, 1).atStartOfDay(DanishDates.ZONE).toInstant();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture named " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportRequest request(String sourceId) {
        return ImportRequest.of(sourceId, FROM, TO);
    }

    static ImportResult parse(String name, String baseUrl, ImportRequest request) throws SourceException {
        return Importers.parse(bytes(name), (String) null, URI.create(baseUrl), request);
    }

    /** Expected lines: items as {@link #line(ImportedItem)}, then problems as {@code problem: substring}. */
    static List<String> expected(String name) {
        return new String(bytes(name + ".expected"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** Actual lines in the same shape as {@link #expected(String)}, problems given in full. */
    static List<String> actual(ImportResult result) {
        List<String> lines = new ArrayList<>();
        result.items().forEach(i -> lines.add(line(i)));
        result.problems().forEach(p -> lines.add("problem: " + p));
        return lines;
    }

    /** Writes the actual lines as the new expected file, for reviewing by eye; run with -Dfixtures.update=true. */
    static void update(String name, List<String> lines) throws IOException {
        Path file = Path.of("src/test/resources/fixtures", name + ".expected");
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** title | start | end | allDay | location | url | status | published. */
    static String line(ImportedItem imported) {
        Item i = imported.item();
        return String.join(" | ", i.title(), time(i.start()), time(i.end()), i.allDay() ? "all-day" : "timed",
                i.location(), i.url(), imported.status(), time(i.published()));
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(OffsetDateTime.ofInstant(instant, DanishDates.ZONE));
    }
}
