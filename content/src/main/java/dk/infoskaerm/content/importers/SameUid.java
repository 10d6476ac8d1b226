package dk.infoskaerm.content.importers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the events that share a UID and a day is shown, as recurring-ical-events decides it: an override
 * (RECURRENCE-ID) beats the series' occurrence of the day it replaces; of two events without RECURRENCE-ID, the one
 * with the higher SEQUENCE (RFC 5545 §3.8.7.4: the later revision) wins, on a tie the later in the file. When either
 * lacks a SEQUENCE both stay: a publisher that reuses one UID for different events loses none of them.
 */
final class SameUid {

    private record Entry(ImportedItem item, boolean override, Integer sequence) {
    }

    private final Map<String, List<Entry>> byDay = new HashMap<>();
    private final Set<ImportedItem> losers = Collections.newSetFromMap(new IdentityHashMap<>());

    void add(ImportedItem item, String uid, LocalDate day, boolean override, Integer sequence) {
        List<Entry> same = byDay.computeIfAbsent(uid + "/" + day, k -> new ArrayList<>());
        Entry entry = new Entry(item, override, sequence);
        for (Entry other : List.copyOf(same)) {
            if (override != other.override) {
                losers.add(override ? other.item : item);
                if (!override) {
                    return;
                }
                same.remove(other);
            } else if (sequence != null && other.sequence != null) {
                if (sequence < other.sequence) {
                    losers.add(item);
                    return;
                }
                losers.add(other.item);
                same.remove(other);
            }
        }
        same.add(entry);
    }

    /** The items without those that lost, in their order. */
    List<ImportedItem> winners(List<ImportedItem> items) {
        if (losers.isEmpty()) {
            return items;
        }
        List<ImportedItem> out = new ArrayList<>(items.size());
        for (ImportedItem item : items) {
            if (!losers.contains(item)) {
                out.add(item);
            }
        }
        return out;
    }
}
