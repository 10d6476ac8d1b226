package dk.infoskaerm.client.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures on disk, from real PNG bytes and real files. */
class PictureCacheTest {

    @TempDir
    Path dir;

    @Test
    void fetchesWhatIsMissingOnceAndFindsItOnDisk() throws Exception {
        PictureCache cache = new PictureCache(dir);
        List<String> fetched = new ArrayList<>();
        PictureCache.Source source = reference -> {
            fetched.add(reference);
            return png(Color.ORANGE, 40, 30);
        };

        assertEquals(List.of(), cache.fetchMissing(feed("/api/v1/images/a", "/api/v1/images/b"), source));
        assertEquals(List.of(), cache.fetchMissing(feed("/api/v1/images/a", "/api/v1/images/b"), source));

        assertEquals(List.of("/api/v1/images/a", "/api/v1/images/b"), fetched, "each picture fetched once");
        BufferedImage found = new PictureCache(dir).find("/api/v1/images/a").orElseThrow();
        assertEquals(40, found.getWidth());
        assertEquals(Color.ORANGE.getRGB(), found.getRGB(20, 15));
        try (Stream<Path> files = Files.list(cache.dir())) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().endsWith(".img")), "no temporary files left");
        }
    }

    @Test
    void refusesWhatIsNoPictureOrTooLarge() throws Exception {
        PictureCache cache = new PictureCache(dir);
        Map<String, byte[]> answers = Map.of(
                "html", "<html>404</html>".getBytes(),
                "huge", png(Color.RED, PictureCache.MAX_SIDE + 1, 10));

        List<String> problems = cache.fetchMissing(feed("html", "huge", "broken"), reference -> {
            if (reference.equals("broken")) {
                throw new IOException("http://server/broken answered 404");
            }
            return answers.get(reference);
        });

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("not a picture"), problems.get(0));
        assertTrue(problems.get(1).contains("too large"), problems.get(1));
        assertTrue(problems.get(2).contains("answered 404"), problems.get(2));
        assertFalse(Files.exists(cache.dir()) && Files.list(cache.dir()).findAny().isPresent(), "nothing kept");
    }

    @Test
    void aDamagedFileIsIgnoredAndFetchedAnew() throws Exception {
        PictureCache cache = new PictureCache(dir);
        Feed feed = feed("/api/v1/images/a");
        cache.fetchMissing(feed, reference -> png(Color.BLUE, 20, 20));
        Path file = cache.file("/api/v1/images/a");
        byte[] good = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 3));

        assertTrue(new PictureCache(dir).find("/api/v1/images/a").isEmpty(), "a damaged picture is not drawn");
        assertFalse(Files.exists(file), "the damaged file is dropped");
        assertEquals(List.of(), cache.fetchMissing(feed, reference -> png(Color.BLUE, 20, 20)));
        assertTrue(new PictureCache(dir).find("/api/v1/images/a").isPresent());
    }

    @Test
    void keepsOnlyThePicturesTheFeedsStillName() throws Exception {
        PictureCache cache = new PictureCache(dir);
        cache.fetchMissing(feed("old", "kept", "new"), reference -> png(Color.GREEN, 10, 10));

        cache.keepOnly(List.of(feed("kept"), feed("new")));

        assertFalse(Files.exists(cache.file("old")));
        assertTrue(Files.exists(cache.file("kept")));
        assertTrue(Files.exists(cache.file("new")));
    }

    private static Feed feed(String... pictures) {
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < pictures.length; i++) {
            slides.add(new Slide("s" + i, ItemKind.ANNOUNCEMENT, "Opslag " + i, "", null, null, false, "", "", null,
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), 8, pictures[i]));
        }
        return new Feed(Feed.FORMAT_VERSION, "moerkoev", "Mørkøv Brugs", "moerkoev", "Mørkøv", "landscape", slides,
                List.of());
    }

    private static byte[] png(Color colour, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
