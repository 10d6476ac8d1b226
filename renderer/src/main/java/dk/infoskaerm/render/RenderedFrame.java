package dk.infoskaerm.render;

import dk.infoskaerm.content.feed.Slide;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered frame.
 *
 * @param image the picture, {@code TYPE_INT_RGB}
 * @param slide the slide drawn, or null for the idle slide
 * @param layout the boxes the picture was drawn in
 */
public record RenderedFrame(BufferedImage image, Slide slide, Layout layout) {

    /** Checks the image and layout are present. */
    public RenderedFrame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(layout, "layout");
    }

    /** The slide drawn, empty for the idle slide. */
    public Optional<Slide> findSlide() {
        return Optional.ofNullable(slide);
    }
}
