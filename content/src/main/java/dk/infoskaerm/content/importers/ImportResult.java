package dk.infoskaerm.content.importers;

import dk.infoskaerm.content.Item;
import java.util.List;

/**
 * What an import produced: every item the source describes (cancelled ones included, with their status) and the
 * problems met on the way, at most {@link #MAX_PROBLEMS}.
 *
 * @param items imported items in source order
 * @param problems one line per problem, naming the item
 */
public record ImportResult(List<ImportedItem> items, List<String> problems) {

    /** Problems kept per import; later ones are counted in a last line. */
    public static final int MAX_PROBLEMS = 100;

    /** Copies the lists. */
    public ImportResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** The items screens may show: all but the cancelled. */
    public List<Item> screenItems() {
        return items.stream().filter(i -> !i.cancelled()).map(ImportedItem::item).toList();
    }
}
