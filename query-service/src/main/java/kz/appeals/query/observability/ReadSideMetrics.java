package kz.appeals.query.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import kz.appeals.query.api.Today;
import kz.appeals.query.projection.ProjectionProperties;

/**
 * The read side's domain gauges, read from the shared database and the broker by one background thread every
 * {@code appeals.metrics.refresh} (a scrape only reads the last snapshot, so Prometheus servers scraping every instance
 * cost nothing extra). Every instance reports the same cluster-wide figures: take {@code max} across instances, never
 * {@code sum}.
 * <ul>
 * <li>{@code appeals.deadlines.open{body}}, {@code appeals.deadlines.overdue{body}}: running deadlines of the appeals a
 * body holds, and those whose due date is before today in Almaty (one grouped query on {@code appeal_deadline});
 * <li>{@code appeals.projection.lag{partition}}: records on the topic not yet projected, the partition's end offset
 * minus the next offset stored with the read models (the consumer's real position: Kafka's committed offsets are never
 * used);
 * <li>(parked events: {@code appeals.projection.parked{kind}}, registered by the integrity module's ParkedEvents)
 * <li>{@code appeals.rebuild.running}, {@code appeals.rebuild.progress}: read-model rebuilds running, and the share
 * of events the latest one has replayed (0..1).
 * </ul>
 */
@Component
public class ReadSideMetrics implements MeterBinder, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadSideMetrics.class);

    private final JdbcTemplate jdbc;
    private final Today today;
    private final ProjectionProperties projection;
    private final Duration refresh;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "read-side-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private MultiGauge open;
    private MultiGauge overdue;
    private MultiGauge lag;
    private volatile double rebuildsRunning = Double.NaN;
    private volatile double rebuildProgress = Double.NaN;
    private Admin admin;

    public ReadSideMetrics(JdbcTemplate jdbc, Today today, ProjectionProperties projection,
                           @Value("${appeals.metrics.refresh:PT15S}") Duration refresh) {
        this.jdbc = jdbc;
        this.today = today;
        this.projection = projection;
        this.refresh = refresh;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        open = MultiGauge.builder("appeals.deadlines.open").description("Running deadlines of the body's appeals")
                .register(registry);
        overdue = MultiGauge.builder("appeals.deadlines.overdue")
                .description("Running deadlines of the body's appeals whose due date has passed").register(registry);
        lag = MultiGauge.builder("appeals.projection.lag")
                .description("Records of the partition not yet projected into the read models").register(registry);
        Gauge.builder("appeals.rebuild.running", this, m -> m.rebuildsRunning)
                .description("Read-model rebuilds running").register(registry);
        Gauge.builder("appeals.rebuild.progress", this, m -> m.rebuildProgress)
                .description("Share of the events the latest read-model rebuild has replayed (0..1)")
                .register(registry);
        refresher.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refresh() {
        try {
            refreshDatabaseFigures();
        } catch (RuntimeException e) {
            log.warn("read-side metrics: database figures not refreshed: {}", e.toString());
        }
        try {
            refreshLag();
        } catch (RuntimeException e) {
            log.warn("read-side metrics: projection lag not refreshed: {}", e.toString());
        } catch (Exception e) {
            log.warn("read-side metrics: projection lag not refreshed: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void refreshDatabaseFigures() {
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
        jdbc.query("""
                SELECT v.body_id, count(*) AS open, count(*) FILTER (WHERE d.due_date < ?) AS overdue
                FROM appeal_deadline d JOIN appeal_view v ON v.appeal_id = d.appeal_id
                WHERE d.closed_on IS NULL
                GROUP BY v.body_id""", rs -> {
            Tags body = Tags.of("body", rs.getString("body_id"));
            openRows.add(MultiGauge.Row.of(body, rs.getLong("open")));
            overdueRows.add(MultiGauge.Row.of(body, rs.getLong("overdue")));
        }, java.sql.Date.valueOf(today.date()));
        open.register(openRows, true);
        overdue.register(overdueRows, true);
        Map<String, Object> latest = jdbc.queryForList("""
                SELECT events_total, events_done,
                       (SELECT count(*) FROM replay_run WHERE status = 'RUNNING') AS running
                FROM replay_run ORDER BY id DESC LIMIT 1""").stream().findFirst().orElse(null);
        if (latest == null) {
            rebuildsRunning = 0;
            rebuildProgress = 0;
        } else {
            long total = ((Number) latest.get("events_total")).longValue();
            long done = ((Number) latest.get("events_done")).longValue();
            rebuildsRunning = ((Number) latest.get("running")).doubleValue();
            rebuildProgress = total == 0 ? 1.0 : Math.min(1.0, (double) done / total);
        }
    }

    private void refreshLag() throws Exception {
        Map<Integer, Long> stored = new HashMap<>();
        jdbc.query("SELECT partition_no, next_offset FROM consumer_offset WHERE consumer_group = ? AND topic = ?",
                rs -> {
                    stored.put(rs.getInt("partition_no"), rs.getLong("next_offset"));
                }, projection.groupId(), projection.topic());
        Admin client = admin();
        Map<String, TopicDescription> topics = client.describeTopics(List.of(projection.topic())).allTopicNames()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topics.get(projection.topic()).partitions().forEach(p ->
                latest.put(new TopicPartition(projection.topic(), p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo> ends =
                client.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        ends.forEach((partition, end) -> rows.add(MultiGauge.Row.of(
                Tags.of("partition", String.valueOf(partition.partition())),
                Math.max(0, end.offset() - stored.getOrDefault(partition.partition(), 0L)))));
        lag.register(rows, true);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties properties = new Properties();
            properties.putAll(projection.securityOrNone().applyTo(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, projection.bootstrapServers(),
                    AdminClientConfig.CLIENT_ID_CONFIG, "query-service-metrics",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000)));
            admin = Admin.create(properties);
        }
        return admin;
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }
}
