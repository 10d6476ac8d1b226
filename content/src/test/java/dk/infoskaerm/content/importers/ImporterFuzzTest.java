package dk.infoskaerm.content.importers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The importers take any bytes a source sends: they give items and problems, or a {@link SourceException}, and
 * nothing else, in bounded time. {@code make test} replays the inputs under {@code ImporterFuzzTestInputs/}
 * (seeds and every crash found); {@code make fuzz} fuzzes them.
 */
// a hang detector, not a timing goal: also Jazzer's per-input timeout while fuzzing
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ImporterFuzzTest {

    private static final URI BASE = URI.create("https://example.dk/kalender/");
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    // the window the server imports with: a day back, 60 days ahead
    private static final ImportRequest REQUEST = ImportRequest.of("fuzz", NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(60)));
    private static final Selectors SELECTORS = new Selectors("article", "h2", "time, .dato", ".sted", "a", ".tekst");

    @FuzzTest(maxDuration = "60s")
    void icalendar(byte[] body) {
        importOrRefuse(body, SourceFormat.ICAL, REQUEST);
    }

    @FuzzTest(maxDuration = "60s")
    void rssAndAtom(byte[] body) {
        importOrRefuse(body, SourceFormat.RSS, REQUEST);
    }

    @FuzzTest(maxDuration = "60s")
    void htmlPage(byte[] body) {
        importOrRefuse(body, SourceFormat.HTML, REQUEST);
        importOrRefuse(body, SourceFormat.HTML, REQUEST.withSelectors(SELECTORS));
    }

    private static void importOrRefuse(byte[] body, SourceFormat format, ImportRequest request) {
        try {
            Importers.parse(body, format, BASE, request);
        } catch (SourceException refused) {
            // documented: the source cannot be read at all
        }
    }
}
