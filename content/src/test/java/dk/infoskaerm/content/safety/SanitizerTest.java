package dk.infoskaerm.content.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SanitizerTest {

    @Test
    void plainTextDropsTagsDecodesEntitiesAndCollapsesWhitespace() {
        assertEquals("Fællesspisning & banko i Tuse",
                Sanitizer.plainText("<p>Fællesspisning &amp;\n\n  <b>banko</b>&nbsp;i Tuse</p><script>alert(1)</script>"));
    }

    @Test
    void plainTextIsCappedAtAWordBoundary() {
        assertEquals("Go' Dialog på…", Sanitizer.plainText("Go' Dialog på Holbæk Teater", 16));
    }

    @Test
    void safeHtmlRemovesScriptsHandlersAndJavascriptLinks() {
        String html = Sanitizer.safeHtml("<p onclick=\"x()\">Hej <a href=\"javascript:alert(1)\">klik</a>"
                + "<a href=\"https://tuse.dk\">Tuse</a><img src=x onerror=alert(1)><script>alert(2)</script></p>");
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript"), html);
        assertTrue(html.contains("<a href=\"https://tuse.dk\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "file:///etc/passwd",
            "vbscript:x", "ftp://x.dk/a", "", "http://"})
    void safeUrlRejectsOtherSchemes(String url) {
        assertEquals("", Sanitizer.safeUrl(url, URI.create("https://tuse.dk/")));
    }

    @Test
    void safeUrlResolvesRelativeLinks() {
        assertEquals("https://tuse.dk/nyt/a?b=1&c=2",
                Sanitizer.safeUrl("a?b=1&amp;c=2", URI.create("https://tuse.dk/nyt/")));
    }
}
