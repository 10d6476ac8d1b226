package dk.infoskaerm.content.importers;

import java.util.Locale;
import java.util.Objects;
import dk.infoskaerm.content.Item;

/**
 * An item as a source describes it, with the source's status.
 *
 * @param item the normalised, sanitised item
 * @param status {@code confirmed}, {@code tentative} or {@code cancelled}
 */
public record ImportedItem(Item item, String status) {

    /** Confirmed or unspecified. */
    public static final String CONFIRMED = "confirmed";
    /** Not yet sure. */
    public static final String TENTATIVE = "tentative";
    /** Called off: reported, but not shown on screens. */
    public static final String CANCELLED = "cancelled";

    /** Validates the status. */
    public ImportedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        if (!status.equals(CONFIRMED) && !status.equals(TENTATIVE) && !status.equals(CANCELLED)) {
            throw new IllegalArgumentException("unknown status: '" + status + "'");
        }
    }

    /** Whether screens may show it. */
    public boolean cancelled() {
        return status.equals(CANCELLED);
    }

    static String statusOf(String raw) {
        if (raw == null) {
            return CONFIRMED;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.contains("cancel")) {
            return CANCELLED;
        }
        return s.contains("tentative") || s.contains("postponed") ? TENTATIVE : CONFIRMED;
    }
}
