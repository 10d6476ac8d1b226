package dk.infoskaerm.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark helper (not a test): every write of the soak load that the server acknowledged (2xx), with the state it
 * left the post in, which is the post as the answer showed it. Writes to one post are made one at a time (its
 * {@link Entry#lock}), so the last acknowledged answer is the state the database must hold at the end; writes to
 * different posts run concurrently.
 */
final class SoakLedger {

    /** The client-made marker at the start of every title, e.g. {@code [v07-0012]}; unique per create request. */
    static final Pattern MARKER = Pattern.compile("^\\[(v\\d+-\\d+)]");

    private final ConcurrentMap<String, Entry> byId = new ConcurrentHashMap<>();
    /** Markers of create requests that got no acknowledgement (an exception or a 5xx): stored or not, unknown. */
    private final Set<String> unacknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, LongAdder> writes = new ConcurrentHashMap<>();

    /** One post the load created and had acknowledged. */
    static final class Entry {

        final String id;
        final String marker;
        final ReentrantLock lock = new ReentrantLock();
        /** The post as the last acknowledged write's answer showed it. */
        volatile JsonNode acked;
        /** A write to it got no clear answer (exception or 5xx): its final state may be either. */
        volatile boolean uncertain;

        Entry(String id, String marker, JsonNode acked) {
            this.id = id;
            this.marker = marker;
            this.acked = acked;
        }

        String status() {
            return acked.get("status").asText();
        }
    }

    /** Records an acknowledged create; its answer is the post's state. */
    Entry created(JsonNode post) {
        Entry e = new Entry(post.get("id").asText(), markerOf(post.get("title").asText()).orElseThrow(), post);
        byId.put(e.id, e);
        count("create");
        return e;
    }

    /** Records an acknowledged write of {@code kind} (edit, withdraw, approve, reject) to {@code e}. */
    void acknowledged(Entry e, String kind, JsonNode post) {
        e.acked = post;
        count(kind);
    }

    void unacknowledgedCreate(String marker) {
        unacknowledged.add(marker);
    }

    boolean wasUnacknowledged(String marker) {
        return unacknowledged.contains(marker);
    }

    Optional<Entry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Collection<Entry> entries() {
        return byId.values();
    }

    boolean knowsMarker(String marker) {
        return byId.values().stream().anyMatch(e -> e.marker.equals(marker));
    }

    void count(String kind) {
        writes.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** Acknowledged writes by kind (and "conflict": a 409 the ledger explains, e.g. approving a withdrawn post). */
    Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        writes.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    long acknowledgedWrites() {
        return counts().entrySet().stream().filter(e -> !e.getKey().equals("conflict"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    static Optional<String> markerOf(String title) {
        Matcher m = MARKER.matcher(title);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
