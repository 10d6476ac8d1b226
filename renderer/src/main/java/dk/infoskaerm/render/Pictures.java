package dk.infoskaerm.render;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where the renderer finds a slide's picture by its URL (the feed's {@code image} field). The screen client looks in
 * its cache folder, the server's preview in the upload; the renderer never fetches anything itself.
 */
@FunctionalInterface
public interface Pictures {

    /** No pictures: slides are drawn as if they had none. */
    Pictures NONE = url -> Optional.empty();

    /** The decoded picture for {@code url}, or empty when it is not at hand. */
    Optional<BufferedImage> find(String url);
}
