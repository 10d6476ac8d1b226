package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.client.Fixtures;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCacheTest {

    private static final byte[] FIRST = Json.writeFeed(Fixtures.renamed(Fixtures.moerkoev(), "first"));
    private static final byte[] SECOND = Json.writeFeed(Fixtures.renamed(Fixtures.moerkoev(), "second"));

    @TempDir
    Path dir;

    @Test
    void emptyFolderHasNoFeed() {
        assertTrue(new FeedCache(dir.resolve("missing")).load().isEmpty());
    }

    @Test
    void loadsWhatWasSavedWithItsEtag() throws IOException {
        FeedCache cache = new FeedCache(dir);
        cache.save(FIRST, "\"v1\"");

        CachedFeed cached = cache.load().orElseThrow();

        assertEquals("first", cached.feed().screenName());
        assertEquals("\"v1\"", cached.etag());
    }

    @Test
    void savingKeepsThePreviousGoodCopy() throws IOException {
        FeedCache cache = new FeedCache(dir);
        cache.save(FIRST, "\"v1\"");
        cache.save(SECOND, "\"v2\"");

        assertArrayEquals(SECOND, Files.readAllBytes(dir.resolve(FeedCache.CURRENT)));
        assertArrayEquals(FIRST, Files.readAllBytes(dir.resolve(FeedCache.PREVIOUS)));
    }

    @Test
    void corruptCurrentFeedIsIgnoredAndPreviousCopyUsed() throws IOException {
        FeedCache cache = new FeedCache(dir);
        cache.save(FIRST, "\"v1\"");
        cache.save(SECOND, "\"v2\"");
        Files.writeString(dir.resolve(FeedCache.CURRENT), "{\"version\": 1, \"screenId\": \"moer", StandardCharsets.UTF_8);

        CachedFeed cached = cache.load().orElseThrow();

        assertEquals("first", cached.feed().screenName());
        assertEquals(dir.resolve(FeedCache.PREVIOUS), cached.source());
        assertNull(cached.etag(), "the ETag belongs to the corrupt copy");
        assertTrue(cache.problems().getFirst().contains(FeedCache.CURRENT), cache.problems().toString());
    }

    @Test
    void saveWritesTemporaryFileBesideTargetThenMovesItIntoPlace() throws IOException {
        List<Path> temporaries = new ArrayList<>();
        FeedCache first = new FeedCache(dir);
        first.save(FIRST, "\"v1\"");
        FeedCache cache = new FeedCache(dir, tmp -> {
            temporaries.add(tmp);
            try {
                assertEquals(dir, tmp.getParent(), "temporary file must be on the same file system");
                if (Files.readString(tmp).contains("second")) {
                    assertArrayEquals(SECOND, Files.readAllBytes(tmp), "temporary file must be complete");
                    assertArrayEquals(FIRST, Files.readAllBytes(dir.resolve(FeedCache.CURRENT)),
                            "feed.json must be untouched until the move");
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        cache.save(SECOND, "\"v2\"");

        assertTrue(temporaries.size() >= 2, "feed.json and feed.etag both go through a temporary file");
        temporaries.forEach(tmp -> assertFalse(Files.exists(tmp), "left behind: " + tmp));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(FeedCache.ETAG, FeedCache.CURRENT, FeedCache.PREVIOUS),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void invalidFeedIsRefusedAndCacheKept() throws IOException {
        FeedCache cache = new FeedCache(dir);
        cache.save(FIRST, "\"v1\"");

        assertThrows(IOException.class, () -> cache.save("not json".getBytes(StandardCharsets.UTF_8), "\"x\""));

        assertEquals("first", cache.load().orElseThrow().feed().screenName());
    }
}
