package dk.infoskaerm.server;

import dk.infoskaerm.server.db.Database;
import dk.infoskaerm.server.db.Sql;
import dk.infoskaerm.server.screens.ScreenStatus;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The metrics operators ask for, in {@code /observe/metrics}: screens online, stale and offline; failing sources
 * and the age of each source's last good import; posts waiting for approval; how long feed rebuilds take. The
 * gauges show a snapshot that {@link #refresh()} takes from the database, so a scrape costs no query.
 */
final class ServerMetrics {

    private static final Logger LOG = Logger.getLogger(ServerMetrics.class.getName());
    private static final String SOURCE_AGE = "infoskaerm.source.last.success.age.seconds";

    private final Database db;
    private final Clock clock;
    private final MeterRegistry registry = Metrics.globalRegistry();
    private final Timer rebuildsByChange;
    private final Timer rebuildsByTime;
    private final Map<ScreenStatus, Double> screens = new EnumMap<>(ScreenStatus.class);
    private final Map<String, Gauge<Double>> sourceGauges = new ConcurrentHashMap<>();
    private final Map<String, Double> sourceAges = new ConcurrentHashMap<>();
    private volatile double sourcesFailing;
    private volatile double postsPending;

    ServerMetrics(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rebuildsByChange = rebuildTimer("change");
        this.rebuildsByTime = rebuildTimer("time");
        for (ScreenStatus status : ScreenStatus.values()) {
            screens.put(status, 0.0);
            replace(Gauge.builder("infoskaerm.screens", () -> screens.get(status))
                    .description("Screens by how lately they sent a heartbeat")
                    .tags(List.of(Tag.create("status", status.name().toLowerCase(java.util.Locale.ROOT)))),
                    "infoskaerm.screens", List.of(Tag.create("status", status.name().toLowerCase(java.util.Locale.ROOT))));
        }
        replace(Gauge.builder("infoskaerm.sources.failing", () -> sourcesFailing)
                .description("Enabled sources whose last poll failed"), "infoskaerm.sources.failing", List.of());
        replace(Gauge.builder("infoskaerm.posts.pending", () -> postsPending)
                .description("Posts waiting for approval"), "infoskaerm.posts.pending", List.of());
    }

    /** Records how long one rebuild of stale feeds took, and whether a content change or time alone caused it. */
    void rebuilt(Duration took, boolean byChange) {
        (byChange ? rebuildsByChange : rebuildsByTime).record(took);
    }

    private Timer rebuildTimer(String cause) {
        List<Tag> tags = List.of(Tag.create("cause", cause));
        return replace(Timer.builder("infoskaerm.feed.rebuild")
                .description("Time to compose again the feeds that one content change (cause=change) or time alone"
                        + " (cause=time) made stale")
                .tags(tags)
                .percentiles(0.5, 0.99), "infoskaerm.feed.rebuild", tags);
    }

    /** Takes a new snapshot from the database. */
    void refresh() {
        try {
            Instant now = clock.instant();
            db.read(c -> {
                Map<ScreenStatus, Double> counts = new EnumMap<>(ScreenStatus.class);
                try (PreparedStatement ps = c.prepareStatement("SELECT st.last_seen FROM screen s"
                        + " LEFT JOIN screen_status st ON st.screen_id = s.id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.merge(ScreenStatus.of(Sql.getInstant(rs, "last_seen"), now), 1.0, Double::sum);
                    }
                }
                for (ScreenStatus status : ScreenStatus.values()) {
                    screens.put(status, counts.getOrDefault(status, 0.0));
                }
                int failing = 0;
                Map<String, Double> ages = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, last_success, consecutive_failures"
                        + " FROM source WHERE enabled");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        failing += rs.getInt("consecutive_failures") > 0 ? 1 : 0;
                        Instant success = Sql.getInstant(rs, "last_success");
                        ages.put(rs.getString("id"), success == null ? -1.0
                                : Duration.between(success, now).toMillis() / 1000.0);
                    }
                }
                sourcesFailing = failing;
                showSourceAges(ages);
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM post WHERE status = 'pending'");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    postsPending = rs.getLong(1);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot refresh the metrics; keeping the last snapshot", e);
        }
    }

    private void showSourceAges(Map<String, Double> ages) {
        sourceAges.putAll(ages);
        for (String gone : List.copyOf(sourceGauges.keySet())) {
            if (!ages.containsKey(gone)) {
                registry.remove(sourceGauges.remove(gone));
                sourceAges.remove(gone);
            }
        }
        for (String id : ages.keySet()) {
            sourceGauges.computeIfAbsent(id, source -> replace(Gauge.builder(SOURCE_AGE,
                            () -> sourceAges.getOrDefault(source, -1.0))
                    .description("Seconds since the source was last read successfully; -1 when never")
                    .tags(List.of(Tag.create("source", source))), SOURCE_AGE, List.of(Tag.create("source", source))));
        }
    }

    /** Registers the meter, replacing one of an earlier server in this JVM (tests start several). */
    private <B extends Meter.Builder<B, M>, M extends Meter> M replace(B builder, String name, List<Tag> tags) {
        registry.remove(name, tags);
        return registry.getOrCreate(builder);
    }
}
