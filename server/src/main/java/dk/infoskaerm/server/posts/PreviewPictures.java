package dk.infoskaerm.server.posts;

import dk.infoskaerm.content.Hashes;
import dk.infoskaerm.server.http.ApiException;
import io.helidon.http.Status;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The pictures a preview shows: an upload not saved yet, processed exactly as a post's image will be, or the image a
 * post already has. The preview is asked again on every keystroke, so the last few decoded pictures are kept.
 */
public final class PreviewPictures {

    private static final int KEPT = 4;

    private final Posts posts;
    private final Map<String, BufferedImage> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };

    /** Pictures of {@code posts}. */
    public PreviewPictures(Posts posts) {
        this.posts = Objects.requireNonNull(posts, "posts");
    }

    /** The picture {@code bytes} give once processed as an upload; a clear 4xx error when they are no picture. */
    public BufferedImage upload(byte[] bytes) {
        String key = "upload:" + Hashes.sha256Hex(bytes);
        BufferedImage known = cached(key);
        if (known != null) {
            return known;
        }
        Images.Processed processed = Images.process(bytes);
        return remember(key, decode(processed.bytes()));
    }

    /** The picture saved with a post, by the id in its {@code /api/v1/images/{id}}. */
    public Optional<BufferedImage> saved(String imageId) {
        String key = "saved:" + imageId;
        BufferedImage known = cached(key);
        if (known != null) {
            return Optional.of(known);
        }
        return posts.image(imageId).map(image -> remember(key, decode(image.bytes())));
    }

    private synchronized BufferedImage cached(String key) {
        return recent.get(key);
    }

    private synchronized BufferedImage remember(String key, BufferedImage image) {
        recent.put(key, image);
        return image;
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image != null) {
                return image;
            }
        } catch (IOException e) {
            // fall through: our own re-encoded bytes should always decode
        }
        throw new ApiException(Status.UNPROCESSABLE_CONTENT_422, "images.unreadable", "image");
    }
}
