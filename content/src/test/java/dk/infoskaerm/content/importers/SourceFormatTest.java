package dk.infoskaerm.content.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "BEGIN:VCALENDAR| text/plain | ICAL",
            "\uFEFF<?xml version=\"1.0\"?><rss version=\"2.0\">| text/html | RSS",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">| null | RSS",
            "<!DOCTYPE html><html>| application/octet-stream | HTML",
            "whatever| text/calendar; charset=utf-8 | ICAL",
            "whatever| application/atom+xml | RSS",
            "whatever| text/html | HTML",
            "whatever| null | null"})
    void detectsFormatFromBodyThenContentType(String body, String contentType, SourceFormat expected) {
        assertEquals(Optional.ofNullable(expected),
                SourceFormat.detect(contentType, body.getBytes(StandardCharsets.UTF_8)));
    }
}
