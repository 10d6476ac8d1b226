package dk.infoskaerm.content;

import java.util.Objects;

/**
 * A lokalområde: the unit a lokalforum, its screens and its content belong to.
 *
 * @param slug stable identifier made by {@link Slugs#of(String)}, e.g. {@code moerkoev}
 * @param name the name people read, e.g. {@code Mørkøv}
 */
public record Area(String slug, String name) {

    /** Validates the fields. */
    public Area {
        Slugs.requireSlug(slug, "slug");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank for area " + slug);
        }
    }
}
