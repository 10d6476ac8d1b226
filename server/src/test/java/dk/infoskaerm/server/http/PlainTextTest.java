package dk.infoskaerm.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<b>Loppemarked</b> i Mørkøv|Loppemarked i Mørkøv",
            "Kaffe &amp; kage|Kaffe & kage",
            "Kaffe & kage|Kaffe & kage",
            "3 < 5 og 7 > 2|3 < 5 og 7 > 2",
            "<script>alert(1)</script>Hej|Hej",
            "&lt;script&gt;alert(1)&lt;/script&gt;Hej|Hej",
            "&amp;lt;b&amp;gt;fed&amp;lt;/b&amp;gt;|fed",
            "<<script>script>alert(1)<</script>/script>|''"})
    void removesMarkupAndKeepsPlainText(String input, String expected) {
        assertEquals(expected, PlainText.clean(input));
    }

    @Test
    void keepsLineBreaksAndDropsControlCharacters() {
        assertEquals("Linje et\nLinje to", PlainText.clean("Linje et\r\nLinje to\u0007"));
    }

    @Test
    void tooLongFieldIsNamedIn422() {
        ApiException e = assertThrows(ApiException.class, () -> PlainText.field("x".repeat(11), "title", 10, true));
        assertEquals(422, e.status().code());
        assertEquals("title", e.field());
    }

    @Test
    void blankRequiredFieldIsRefused() {
        assertEquals("text", assertThrows(ApiException.class, () -> PlainText.field("<b></b> ", "text", 10, true)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "mailto:a@b.dk", "/relativ", "http://", "https://x.dk/<script>",
            "moerkoev", "moerkoev.dk/<script>", "a@b.dk"})
    void refusesUrlsThatAreNotHttp(String url) {
        assertEquals("link", assertThrows(ApiException.class, () -> PlainText.url(url, "link", 2000)).field());
    }

    @ParameterizedTest
    @CsvSource({"moerkoev.dk/fest, https://moerkoev.dk/fest", "www.tuse.dk, https://www.tuse.dk",
            "holbaek.dk/lokalomraader?omraade=oroe, https://holbaek.dk/lokalomraader?omraade=oroe",
            "http://moerkoev.dk, http://moerkoev.dk"})
    void aBareDomainIsGivenHttps(String typed, String stored) {
        assertEquals(stored, PlainText.url(typed, "link", 2000));
    }

    @Test
    void acceptsHttpAndHttpsUrls() {
        assertEquals("https://moerkoev.dk/a?b=c", PlainText.url(" https://moerkoev.dk/a?b=c ", "link", 2000));
        assertEquals("", PlainText.url(null, "link", 2000));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unicodeTricks() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("Referat\u202Efdp.exe", "Referatfdp.exe"),
                org.junit.jupiter.params.provider.Arguments.of("Jule\u2067marked\u2069 i \u200EMørkøv", "Julemarked i Mørkøv"),
                org.junit.jupiter.params.provider.Arguments.of("Lo\u200Bppe\u200Cmar\u2060ked\uFEFF", "Loppemarked"),
                org.junit.jupiter.params.provider.Arguments.of("Høst\uD800fest\uDC00", "Høstfest"),
                org.junit.jupiter.params.provider.Arguments.of("\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E", ""),
                org.junit.jupiter.params.provider.Arguments.of("\uFF1Cb\uFF1Efed\uFF1C/b\uFF1E tekst", "fed tekst"),
                org.junit.jupiter.params.provider.Arguments.of("\uFF2D\uFF4F\uFF52\uFF4B\uFF4F\uFF56", "Morkov"),
                org.junit.jupiter.params.provider.Arguments.of("Cafe\u0301 i Tuse", "Caf\u00E9 i Tuse"),
                org.junit.jupiter.params.provider.Arguments.of("Juletræ 🎄 og familie 👨\u200D👩\u200D👧", "Juletræ 🎄 og familie 👨\u200D👩\u200D👧"),
                org.junit.jupiter.params.provider.Arguments.of("½ pris, 2. sal", "½ pris, 2. sal"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("unicodeTricks")
    void normalisesUnicodeAndDropsInvisibleAndBrokenCharacters(String typed, String stored) {
        assertEquals(stored, PlainText.clean(typed));
    }
}
