package dk.infoskaerm.server.sources;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.infoskaerm.server.http.ApiException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A source as an administrator sends it ({@code POST}/{@code PUT /api/v1/sources}, {@code POST /test}) is read and
 * checked as the handler does, or refused with a 4xx {@link ApiException}; nothing else escapes to become a 500.
 */
// a hang detector, not a timing goal: also Jazzer's per-input timeout while fuzzing
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SourceInputFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void sourceBodies(byte[] body) {
        try {
            SourceInput input = SourceService.read(body, SourceInput.class);
            input.toSource(null, "moerkoev"::equals);
            input.toSource("moerkoev-lokalforum", "moerkoev"::equals);
        } catch (ApiException refused) {
            int code = refused.status().code();
            assertTrue(code >= 400 && code < 500, "a refused source is the caller's error: " + code);
        }
        try {
            SourceService.TestInput test = SourceService.read(body, SourceService.TestInput.class);
            SourceInput.requireUrl(test.url());
            if (test.kind() != null) {
                SourceInput.requireKind(test.kind());
            }
            SourceInput.requireFormat(test.format());
            SourceInput.requireSelectors(test.selectors());
        } catch (ApiException refused) {
            int code = refused.status().code();
            assertTrue(code >= 400 && code < 500, "a refused test source is the caller's error: " + code);
        }
    }
}
