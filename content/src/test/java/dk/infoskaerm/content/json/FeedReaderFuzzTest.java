package dk.infoskaerm.content.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.infoskaerm.content.feed.Feed;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The screen client's feed reader takes any bytes: it gives a feed or an {@link IOException}, and a feed it accepts
 * is written to the on-disk cache and read back unchanged. {@code make test} replays the inputs under
 * {@code FeedReaderFuzzTestInputs/}; {@code make fuzz} fuzzes them.
 */
// a hang detector, not a timing goal: also Jazzer's per-input timeout while fuzzing
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FeedReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readFeed(byte[] document) throws IOException {
        FeedReading reading;
        try {
            reading = Json.readFeedReporting(document);
        } catch (IOException refused) {
            return;
        }
        Feed feed = reading.feed();
        assertEquals(feed, Json.readFeed(Json.writeFeed(feed)), "a feed read once reads back the same");
    }
}
