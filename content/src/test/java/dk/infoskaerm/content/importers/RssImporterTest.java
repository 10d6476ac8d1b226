package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How feeds that real publishers write are read (issue 16). */
class RssImporterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rss/danish-iso-8859-1.xml | text/xml; charset=iso-8859-1 | Årsmøde i Tølløse",
            "rss/danish-iso-8859-1.xml | application/rss+xml; charset=\"ISO-8859-1\" | Årsmøde i Tølløse",
            "rss/danish-windows-1252.xml | text/xml; charset=windows-1252 | Årsmøde – „Tølløse i 2027“",
            "rss/danish-utf-8-declared.xml | text/xml; charset=iso-8859-1 | Årsmøde i Tølløse",
    })
    void httpCharsetIsUsedWhenTheDocumentDoesNotDeclareItsOwn(String fixture, String contentType, String second)
            throws Exception {
        ImportResult result = Importers.parse(Fixtures.bytes(fixture), contentType,
                URI.create("https://toelloese.dk/feed"), Fixtures.request("t"));
        assertEquals(List.of("Høstmarked på Tølløse Skole, æblekage", second),
                result.items().stream().map(i -> i.item().title()).toList());
    }

    @Test
    void rss2InTheUserlandNamespaceIsRead() throws Exception {
        ImportResult result = Fixtures.parse("rss/userland-namespace.xml", "https://moerkoev.dk/feed",
                Fixtures.request("m"));
        assertEquals(List.of("Ny bestyrelse i Mørkøv Lokalforum | - | - | timed |  | https://moerkoev.dk/ny-bestyrelse "
                + "| confirmed | 2026-11-02T09:00:00+01:00"), result.items().stream().map(Fixtures::line).toList());
        assertEquals(List.of(), result.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<rss version=\"2.0\"></rss>", "<?xml version=\"1.0\"?><rss version=\"0.91\"/>",
            "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"></rss>"})
    void rssWithoutAChannelIsRefusedWithAReason(String body) {
        SourceException e = assertThrows(SourceException.class, () -> Importers.parse(
                body.getBytes(StandardCharsets.UTF_8), "application/rss+xml", URI.create("https://tuse.dk/feed"),
                Fixtures.request("t")));
        assertTrue(e.getMessage().contains("<channel>"), e.getMessage());
    }

    @Test
    void titlesAndDatesFromOtherElementsAndLinkHref() throws Exception {
        ImportResult result = Fixtures.parse("rss/feed-quirks.xml", "https://tuse-lokalforum.dk/feed/",
                Fixtures.request("t"));
        assertEquals(List.of(
                        "Loppemarked i forsamlingshuset | https://tuse-lokalforum.dk/loppemarked | 2026-10-03T12:14:55+02:00",
                        "Film: Høstmarkedet 2026 | https://tuse-lokalforum.dk/film | 2026-10-04T08:00:00+02:00",
                        "Kursus: History of the <blink> tag | https://tuse-lokalforum.dk/kursus | 2026-10-05T14:00:00+02:00",
                        "Referat fra bestyrelsen | https://tuse-lokalforum.dk/referat | 2026-10-06T09:00:00+02:00"),
                result.items().stream().map(i -> i.item().title() + " | " + i.item().url() + " | "
                        + Fixtures.time(i.item().published())).toList());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void atom03Base64AndTextTitles() throws Exception {
        ImportResult result = Fixtures.parse("rss/atom03-base64.xml", "https://svinninge.dk/feed", Fixtures.request("s"));
        assertEquals(List.of("Høstmarked på Tølløse Skole | Kom til høstmarked!", "History of the <blink> tag | "),
                result.items().stream().map(i -> i.item().title() + " | " + i.item().summary()).toList());
    }

    @Test
    void pubDateWinsOverDcDateAndXmlBasesNest() throws Exception {
        String rss = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T</title>"
                + "<item><title>Referat</title><link>https://tuse.dk/referat</link>"
                + "<pubDate>Tue, 06 Oct 2026 09:00:00 +0200</pubDate><dc:date>2026-10-07T12:00:00Z</dc:date></item>"
                + "</channel></rss>";
        ImportResult news = Importers.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                URI.create("https://tuse.dk/feed/"), Fixtures.request("r"));
        assertEquals("2026-10-06T09:00:00+02:00", Fixtures.time(news.items().getFirst().item().published()));
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://tuse.dk/blog/index.atom\">"
                + "<title>T</title><link href=\"./\"/><entry xml:base=\"2026-10/\"><title>Loppemarked</title>"
                + "<link href=\"loppemarked\"/><id>urn:1</id><updated>2026-10-06T09:00:00Z</updated></entry></feed>";
        ImportResult blog = Importers.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml",
                URI.create("https://example.org/feed.atom"), Fixtures.request("a"));
        assertEquals("https://tuse.dk/blog/2026-10/loppemarked", blog.items().getFirst().item().url());
    }
}
