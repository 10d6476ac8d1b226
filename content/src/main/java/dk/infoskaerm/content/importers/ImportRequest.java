package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.ItemKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What to import from one source and how to label it.
 *
 * @param sourceId the source's id; prefix of every item id
 * @param kind the kind given to imported items, or null for the format's default (event for iCalendar and HTML
 *             events, news for RSS/Atom and articles)
 * @param areas area slugs the items belong to; empty means the whole municipality
 * @param from start of the window: events ending before it are dropped, recurrences expanded from it
 * @param to end of the window (exclusive): events starting at or after it are dropped
 * @param selectors CSS selectors for HTML pages without JSON-LD, or null
 */
public record ImportRequest(String sourceId, ItemKind kind, Set<String> areas, Instant from, Instant to,
                            Selectors selectors) {

    /** Validates the fields. */
    public ImportRequest {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (sourceId.isBlank()) {
            throw new IllegalArgumentException("sourceId must not be blank");
        }
        if (kind != null && !kind.importable()) {
            throw new IllegalArgumentException("kind must be " + ItemKind.wireNames(ItemKind.importableKinds(), "or")
                    + ": " + kind.wireName());
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("window end must be after its start: " + from + " >= " + to);
        }
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /** A request with the format's default kind, no areas and no selectors. */
    public static ImportRequest of(String sourceId, Instant from, Instant to) {
        return new ImportRequest(sourceId, null, Set.of(), from, to, null);
    }

    /** This request with another kind. */
    public ImportRequest withKind(ItemKind newKind) {
        return new ImportRequest(sourceId, newKind, areas, from, to, selectors);
    }

    /** This request with CSS selectors for pages without JSON-LD. */
    public ImportRequest withSelectors(Selectors newSelectors) {
        return new ImportRequest(sourceId, kind, areas, from, to, newSelectors);
    }

    ItemKind kindOr(ItemKind fallback) {
        return kind == null ? fallback : kind;
    }

    boolean inWindow(Instant start, Instant end) {
        if (start == null) {
            return true;
        }
        Instant last = end == null || end.equals(start) ? start.plusNanos(1) : end;
        return last.isAfter(from) && start.isBefore(to);
    }
}
