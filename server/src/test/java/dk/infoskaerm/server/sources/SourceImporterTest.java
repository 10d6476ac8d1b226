package dk.infoskaerm.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceImporterTest {

    @ParameterizedTest
    @CsvSource({
            "60, 1, 60",
            "60, 2, 120",
            "60, 3, 240",
            "60, 4, 360",
            "60, 40, 360",
            "5, 1, 5",
            "5, 7, 320",
            "1440, 5, 1440",
    })
    void backsOffByDoublingTheIntervalUpToTheCap(int pollMinutes, int failures, int expectedMinutes) {
        assertEquals(Duration.ofMinutes(expectedMinutes),
                SourceImporter.backoff(pollMinutes, failures, Duration.ofHours(6)));
    }
}
