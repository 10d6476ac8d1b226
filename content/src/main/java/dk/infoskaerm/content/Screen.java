package dk.infoskaerm.content;

import java.util.Objects;

/**
 * A physical info screen in a shop, hall or library.
 *
 * @param id stable identifier, used in the feed URL
 * @param name what administrators call it
 * @param areaSlug the area whose content it shows
 * @param location where it stands, free text
 * @param orientation landscape or portrait
 * @param width pixels across
 * @param height pixels down
 * @param openingHours when it shows content, and what it does outside those hours
 */
public record Screen(String id, String name, String areaSlug, String location,
                     Orientation orientation, int width, int height, OpeningHours openingHours) {

    /** Validates the fields. */
    public Screen {
        Slugs.requireSlug(id, "screen id");
        Objects.requireNonNull(name, "name");
        Slugs.requireSlug(areaSlug, "areaSlug");
        location = location == null ? "" : location;
        Objects.requireNonNull(orientation, "orientation");
        openingHours = openingHours == null ? OpeningHours.ALWAYS : openingHours;
        if (width < 64 || height < 64 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("screen size out of range for " + id + ": " + width + "x" + height);
        }
    }
}
