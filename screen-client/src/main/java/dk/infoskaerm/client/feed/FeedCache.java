package dk.infoskaerm.client.feed;

import dk.infoskaerm.content.feed.Feed;
import dk.infoskaerm.content.json.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The last good feed on disk ({@code feed.json}, its {@code feed.etag}) and the one before
 * ({@code feed.previous.json}). Every file is written to a temporary file first and moved into place atomically,
 * so a crash or power cut leaves either the old or the new copy, never half a file.
 */
public final class FeedCache {

    static final String CURRENT = "feed.json";
    static final String PREVIOUS = "feed.previous.json";
    static final String ETAG = "feed.etag";

    private final Path dir;
    private final Consumer<Path> beforeMove;
    private final List<String> problems = new ArrayList<>();
    private final PictureCache pictures;

    /** A cache in {@code dir}, created when first saved to. */
    public FeedCache(Path dir) {
        this(dir, tmp -> { });
    }

    /** {@code beforeMove} sees each complete temporary file just before it is moved into place; for tests. */
    FeedCache(Path dir, Consumer<Path> beforeMove) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.beforeMove = Objects.requireNonNull(beforeMove, "beforeMove");
        this.pictures = new PictureCache(dir);
    }

    /** The slides' pictures, kept beside the feed. */
    public PictureCache pictures() {
        return pictures;
    }

    /** The cache folder. */
    public Path dir() {
        return dir;
    }

    /**
     * The newest readable feed: {@code feed.json}, or when that is missing or corrupt, {@code feed.previous.json}
     * (without ETag, so the next fetch gets a whole feed). Problems met are kept in {@link #problems()}.
     */
    public synchronized Optional<CachedFeed> load() {
        problems.clear();
        Optional<Feed> current = read(dir.resolve(CURRENT));
        if (current.isPresent()) {
            return Optional.of(new CachedFeed(current.get(), readEtag(), dir.resolve(CURRENT)));
        }
        return read(dir.resolve(PREVIOUS)).map(feed -> new CachedFeed(feed, null, dir.resolve(PREVIOUS)));
    }

    /** What {@link #load} found wrong, e.g. a corrupt {@code feed.json}. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Stores {@code body} (a valid feed document) as the current feed; the current one becomes the previous. */
    public synchronized void save(byte[] body, String etag) throws IOException {
        Json.readFeed(body);
        Files.createDirectories(dir);
        Path current = dir.resolve(CURRENT);
        if (Files.isRegularFile(current)) {
            byte[] old = Files.readAllBytes(current);
            if (!Arrays.equals(old, body) && isFeed(old)) {
                replace(dir.resolve(PREVIOUS), old);
            }
        }
        replace(current, body);
        if (etag == null) {
            Files.deleteIfExists(dir.resolve(ETAG));
        } else {
            replace(dir.resolve(ETAG), etag.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void replace(Path target, byte[] bytes) throws IOException {
        replace(target, bytes, beforeMove);
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code target}, syncs it, shows it to {@code beforeMove} and
     * moves it over the target: a crash leaves the old file or the new one, never half of one.
     */
    static void replace(Path target, byte[] bytes, Consumer<Path> beforeMove) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            beforeMove.accept(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Optional<Feed> read(Path file) {
        try {
            return Optional.of(Json.readFeed(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            problems.add(file + ": ignored, not a valid feed (" + reason + ")");
            return Optional.empty();
        }
    }

    private String readEtag() {
        try {
            String etag = Files.readString(dir.resolve(ETAG), StandardCharsets.UTF_8).strip();
            return etag.isEmpty() ? null : etag;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isFeed(byte[] bytes) {
        try {
            Json.readFeed(bytes);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
