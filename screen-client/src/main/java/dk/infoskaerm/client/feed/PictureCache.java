package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.Hashes;
import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.feed.Slide;
import dk.infoskaerm.render.Pictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The slides' pictures on disk, in {@code images/} of the cache folder, one file per picture named by the SHA-256 of
 * its reference in the feed. A picture is checked (a JPEG or PNG of sane size) and moved into place atomically
 * before the feed that names it is applied, so the feed and its pictures on disk always belong together. The
 * renderer finds them through {@link #find}, which keeps the few last decoded pictures in memory.
 */
public final class PictureCache implements Pictures {

    /** Largest picture accepted, in bytes. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** Longest side accepted, in pixels (the server scales uploads to 1920), so a few decoded fit a small heap. */
    static final int MAX_SIDE = 2560;
    static final String FOLDER = "images";
    /** Decoded pictures kept: the slide being drawn needs one; the launcher sizes the heap for one. */
    private static final int DECODED_KEPT = 1;

    private final Path dir;
    private final Map<String, BufferedImage> decoded = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
            return size() > DECODED_KEPT;
        }
    };

    /** The pictures kept in {@code cacheDir}/images. */
    public PictureCache(Path cacheDir) {
        this.dir = Objects.requireNonNull(cacheDir, "cacheDir").resolve(FOLDER);
    }

    /** The folder holding the pictures. */
    public Path dir() {
        return dir;
    }

    /** How a picture's bytes are fetched: by the reference found in the feed. */
    @FunctionalInterface
    public interface Source {
        /** The bytes of the picture {@code reference}, at most {@link #MAX_BYTES}. */
        byte[] fetch(String reference) throws IOException, InterruptedException;
    }

    /**
     * Fetches every picture of {@code feed} that is not on disk yet; returns what went wrong, one line per picture.
     * A picture that cannot be had is left out: its slide is shown without it, and the next call tries again.
     */
    public List<String> fetchMissing(Feed feed, Source source) throws InterruptedException {
        return fetchMissing(feed, source, null);
    }

    /**
     * As {@link #fetchMissing(Feed, Source)}, but starts no download after {@code deadline} (null: none); what is
     * left is fetched by a later call.
     */
    public List<String> fetchMissing(Feed feed, Source source, java.time.Instant deadline)
            throws InterruptedException {
        List<String> problems = new ArrayList<>();
        for (String reference : references(List.of(feed))) {
            Path file = file(reference);
            if (Files.isRegularFile(file)) {
                continue;
            }
            if (deadline != null && java.time.Instant.now().isAfter(deadline)) {
                problems.add("picture " + reference + ": not fetched yet, the feed could not wait longer");
                continue;
            }
            try {
                byte[] bytes = source.fetch(reference);
                check(bytes);
                write(file, bytes);
            } catch (IOException | RuntimeException e) {
                problems.add("picture " + reference + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage().lines().findFirst().orElse("")));
            }
        }
        return problems;
    }

    /** Deletes the pictures that none of {@code feeds} names any more. */
    public synchronized void keepOnly(Collection<Feed> feeds) {
        Set<String> wanted = references(feeds).stream().map(PictureCache::fileName).collect(Collectors.toSet());
        decoded.keySet().removeIf(reference -> !wanted.contains(fileName(reference)));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext(); ) {
                Path file = it.next();
                if (!wanted.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // an old picture left behind costs only disk space; the next change tries again
        }
    }

    @Override
    public synchronized Optional<BufferedImage> find(String reference) {
        BufferedImage image = decoded.get(reference);
        if (image != null) {
            return Optional.of(image);
        }
        Path file = file(reference);
        try {
            image = decode(Files.readAllBytes(file));
            decoded.put(reference, image);
            return Optional.of(image);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a damaged file: drop it, so the next fetch gets it anew; the slide is shown without it meanwhile
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing more to do here
            }
            return Optional.empty();
        }
    }

    /** The file of {@code reference}. */
    Path file(String reference) {
        return dir.resolve(fileName(reference));
    }

    static String fileName(String reference) {
        return Hashes.sha256Hex(reference) + ".img";
    }

    private static Set<String> references(Collection<Feed> feeds) {
        return feeds.stream().filter(Objects::nonNull).flatMap(f -> f.slides().stream())
                .filter(Slide::hasImage).map(Slide::image)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The picture in {@code bytes}, checked as {@link #check} does. */
    public static BufferedImage decode(byte[] bytes) throws IOException {
        check(bytes);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not a picture");
        }
        return image;
    }

    /** Throws when {@code bytes} are not a JPEG or PNG of at most {@link #MAX_SIDE} pixels a side. */
    static void check(byte[] bytes) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES + " bytes");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not a picture in a known format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new IOException("too large: " + width + "x" + height + " (at most " + MAX_SIDE + " a side)");
                }
            } finally {
                reader.dispose();
            }
        }
    }

    private void write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            FeedCache.replace(target, bytes, tmp -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
