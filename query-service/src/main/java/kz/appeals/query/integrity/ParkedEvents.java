package kz.appeals.query.integrity;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Parked records, alert-ready: the health component {@code projection} is {@code PARKED} (HTTP 200, so neither the
 * launcher nor a liveness or readiness probe restarts a service that is working correctly by parking) with the counts
 * by kind, and the gauge {@code appeals.projection.parked{kind=error|forged|conflict}}. Alert on either being non-UP
 * or non-zero; {@code GET /api/admin/dead-letters} lists the records.
 */
@Component("projection")
public class ParkedEvents implements HealthIndicator, MeterBinder {

    public static final Status PARKED = new Status("PARKED", "Records are parked: see /api/admin/dead-letters");
    private static final List<String> KINDS = List.of(RejectedEvent.ERROR, RejectedEvent.FORGED,
            RejectedEvent.CONFLICT);
    private static final Duration GAUGE_CACHE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private volatile Map<String, Long> cached = Map.of();
    private volatile long cachedAt;

    public ParkedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        KINDS.forEach(kind -> counts.put(kind, 0L));
        jdbc.query("SELECT kind, count(*) FROM dead_letter GROUP BY kind",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public Health health() {
        Map<String, Long> counts = counts();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Health.Builder health = total == 0 ? Health.up() : Health.status(PARKED);
        counts.forEach((kind, count) -> health.withDetail(kind.toLowerCase(Locale.ROOT), count));
        return health.build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String kind : KINDS) {
            Gauge.builder("appeals.projection.parked", this, p -> p.cachedCount(kind))
                    .tag("kind", kind.toLowerCase(Locale.ROOT))
                    .description("Records parked in dead_letter, by why (docs/integrity.md)")
                    .register(registry);
        }
    }

    private double cachedCount(String kind) {
        long now = System.nanoTime();
        if (now - cachedAt > GAUGE_CACHE.toNanos()) {
            try {
                cached = counts();
                cachedAt = now;
            } catch (RuntimeException databaseAway) {
                return Double.NaN;
            }
        }
        return cached.getOrDefault(kind, 0L);
    }
}
