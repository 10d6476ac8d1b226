package dk.infoskaerm.server.sources;

import dk.infoskaerm.content.ItemKind;
import dk.infoskaerm.content.importers.Selectors;
import java.util.Objects;
import java.util.Set;

/**
 * A place items are imported from, as an administrator configured it.
 *
 * @param id slug-like identity; the source id of every item imported from it
 * @param name what administrators call it
 * @param kind the kind given to its items: event, meeting or news
 * @param format {@code ical}, {@code rss}, {@code html} or {@code auto} (detected from the response)
 * @param url the http(s) URL polled
 * @param areas area slugs its items belong to; empty means the whole municipality
 * @param pollMinutes minutes between polls while it succeeds
 * @param selectors CSS selectors for HTML pages without JSON-LD, or null
 * @param enabled whether the scheduler polls it
 */
public record Source(String id, String name, ItemKind kind, String format, String url, Set<String> areas,
                     int pollMinutes, Selectors selectors, boolean enabled) {

    /** Checks for nulls and copies the areas. */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(url, "url");
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }
}
