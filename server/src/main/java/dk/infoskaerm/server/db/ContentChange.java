package dk.infoskaerm.server.db;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One committed change of what screens show: the content version it produced and the areas whose screens it
 * concerns, or every area.
 *
 * @param version the content version after the change
 * @param allAreas whether every screen is concerned (an item for the whole municipality, a new data load)
 * @param areas the slugs of the areas concerned when not all
 */
public record ContentChange(long version, boolean allAreas, Set<String> areas) {

    /** A change with its areas copied. */
    public ContentChange {
        areas = allAreas ? Set.of() : Set.copyOf(Objects.requireNonNull(areas, "areas"));
    }

    /** Whether the screens of {@code areaSlug} are concerned. */
    public boolean concerns(String areaSlug) {
        return allAreas || areas.contains(areaSlug);
    }

    /** This change and {@code later} as one, at the later version. */
    public ContentChange and(ContentChange later) {
        if (allAreas || later.allAreas) {
            return new ContentChange(Math.max(version, later.version), true, Set.of());
        }
        Set<String> both = new TreeSet<>(areas);
        both.addAll(later.areas);
        return new ContentChange(Math.max(version, later.version), false, both);
    }
}
