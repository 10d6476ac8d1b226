package dk.infoskaerm.content.importers;

import java.util.Objects;

/**
 * CSS selectors for an HTML page without JSON-LD. {@code item} selects each item's element; the others are
 * evaluated inside it and may be null or blank when the page lacks that part.
 *
 * @param item one element per item, e.g. {@code article.event}
 * @param title the title inside the item, e.g. {@code h2}
 * @param date the start date inside the item; its {@code datetime} or {@code content} attribute wins over its text
 * @param location where, or null
 * @param link the link to read more ({@code href}), or null to use the title's link
 * @param summary a short text, or null
 */
public record Selectors(String item, String title, String date, String location, String link, String summary) {

    /** Validates that the item and title selectors are present. */
    public Selectors {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        if (item.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("item and title selectors must not be blank: '" + item + "', '" + title + "'");
        }
    }
}
