package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
