package dk.infoskaerm.render;

import dk.infoskaerm.content.feed.Slide;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered frame.
 *
 * @param image the picture, {@code TYPE_INT_RGB}
 * @param slide the slide drawn, or null for the idle slide
 * @param layout the boxes the picture was drawn in
 * @param lines every line of text drawn, with its bounds and font size
 * @param page which page of the slide's words is shown, from 0
 * @param pages how many pages the slide's words take at this size
 * @param changesAt when the picture changes by itself next (the slide's next page, the ticker's next page), or null
 *                  when only a new slide, feed or minute changes it
 */
public record RenderedFrame(BufferedImage image, Slide slide, Layout layout, List<TextLine> lines, int page,
                            int pages, Instant changesAt) {

    /** Checks the image and layout are present. */
    public RenderedFrame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(layout, "layout");
        lines = List.copyOf(lines);
    }

    /** A frame of one page, without an account of its lines. */
    public RenderedFrame(BufferedImage image, Slide slide, Layout layout) {
        this(image, slide, layout, List.of(), 0, 1, null);
    }

    /** The slide drawn, empty for the idle slide. */
    public Optional<Slide> findSlide() {
        return Optional.ofNullable(slide);
    }
}
