package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture imported with the autumn-2026 window and compared line by line with its {@code .expected} file. */
class FixtureCorpusTest {

    static Stream<Arguments> fixtures() {
        Selectors gislinge = new Selectors("article.begivenhed", "h2", "time, .dato", ".sted", null, ".tekst");
        return Stream.of(
                Arguments.of("ical/moerkoev-lokalforum.ics", "https://moerkoev-lokalforum.dk/kalender.ics", null),
                Arguments.of("ical/tuse-weekly-dst.ics", "https://tuse-lokalforum.dk/kalender.ics", null),
                Arguments.of("ical/outlook-windows-1252.ics", "https://holbaek.dk/kalender/dialog.ics", null),
                Arguments.of("ical/one-bad-item.ics", "https://svinninge.dk/kalender.ics", null),
                Arguments.of("ical/xss.ics", "https://example.org/evil.ics", null),
                Arguments.of("rss/wordpress-tuse.xml", "https://tuse-lokalforum.dk/feed/", null),
                Arguments.of("rss/atom-xmlbase.xml", "https://hagested-lokalforum.dk/feed.atom", null),
                Arguments.of("html/go-dialog-single.html", "https://holbaek-teater.dk/go-dialog/klimaplan", null),
                Arguments.of("html/events-array.html", "https://jyderup-lokalforum.dk/", null),
                Arguments.of("html/graph-news.html", "https://vipperoed.dk/", null),
                Arguments.of("html/selectors-gislinge.html", "https://gislinge.dk/kalender", gislinge));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void importsFixtureExactly(String fixture, String baseUrl, Selectors selectors) throws Exception {
        ImportResult result = Fixtures.parse(fixture, baseUrl, Fixtures.request("src").withSelectors(selectors));
        List<String> actual = Fixtures.actual(result);
        if (Boolean.getBoolean("fixtures.update")) {
            Fixtures.update(fixture, actual);
        }
        List<String> expected = Fixtures.expected(fixture);
        assertEquals(expected.size(), actual.size(), () -> "lines of " + fixture + ":\n" + String.join("\n", actual));
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            if (want.startsWith("problem: ")) {
                assertTrue(got.startsWith("problem: ") && got.contains(want.substring(9)),
                        fixture + " line " + (i + 1) + ": expected " + want + " but was " + got);
            } else {
                assertEquals(want, got, fixture + " line " + (i + 1));
            }
        }
    }
}
