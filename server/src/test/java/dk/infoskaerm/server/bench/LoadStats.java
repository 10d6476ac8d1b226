package dk.infoskaerm.server.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Benchmark helper (not a test): what the simulated screens measured, recorded from many threads. */
final class LoadStats {

    /** Conditional feed GETs (If-None-Match), periodic and after a {@code changed} event. */
    final Samples feed = new Samples();
    /** Each screen's first, unconditional feed GET. */
    final Samples firstFetch = new Samples();
    /** From just before an approval request to a screen's next {@code changed} event, all screens together. */
    final Samples changeToSse = new Samples();
    /** The same, by the instance that served the screen's event stream (when it can be told). */
    final ConcurrentMap<String, Samples> changeToSseBy = new ConcurrentHashMap<>();
    final LongAdder feedPeriodic = new LongAdder();
    final LongAdder feedOnChange = new LongAdder();
    final LongAdder feed200 = new LongAdder();
    final LongAdder feed304 = new LongAdder();
    final LongAdder heartbeats = new LongAdder();
    final LongAdder subscribed = new LongAdder();
    final LongAdder posts = new LongAdder();
    final LongAdder approvals = new LongAdder();
    final LongAdder expectedNotifications = new LongAdder();
    private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile boolean counting = true;

    /** Counts one error of the given kind, unless the run is over (streams closed on purpose). */
    void error(String kind) {
        if (counting) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    void stopCounting() {
        counting = false;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Errors while creating the screens, before the load (their kinds start with "setup:"); included in the count. */
    long setupErrorCount() {
        return errors.entrySet().stream().filter(e -> e.getKey().startsWith("setup:"))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    Map<String, Long> errorBreakdown() {
        Map<String, Long> m = new TreeMap<>();
        errors.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    void changeArrived(String instance, long nanos) {
        changeToSse.add(nanos);
        changeToSseBy.computeIfAbsent(instance, k -> new Samples()).add(nanos);
    }

    /** Durations in nanoseconds; quantiles by nearest rank. */
    static final class Samples {

        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized int count() {
            return size;
        }

        /** The quantile {@code q} in milliseconds (one decimal), or null when there are no samples. */
        synchronized Double ms(double q) {
            if (size == 0) {
                return null;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int index = Math.max(0, Math.min(size - 1, (int) Math.ceil(q * size) - 1));
            return Math.round(sorted[index] / 1e5) / 10.0;
        }
    }
}
