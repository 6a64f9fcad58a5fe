package kz.appeals.command.observability;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code appeals.publisher.backlog}: events stored but not yet published to Kafka, i.e. the rows of the outbox
 * (migration V40) that the relay has not yet sent. Read from the database, not from this instance's relay, so every
 * instance reports the same cluster-wide figure; one count of a table that is near empty while Kafka keeps up, at most
 * once per {@code appeals.metrics.cache}.
 */
@Component
public class PublisherBacklogMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(PublisherBacklogMetrics.class);

    private final JdbcTemplate jdbc;
    private final Cached<Double> backlog;

    public PublisherBacklogMetrics(JdbcTemplate jdbc, @Value("${appeals.metrics.cache:PT10S}") Duration cache) {
        this.jdbc = jdbc;
        this.backlog = new Cached<>(cache, this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("appeals.publisher.backlog", backlog, Cached::get)
                .description("Events in the event store not yet published to Kafka")
                .register(registry);
    }

    private Double read() {
        try {
            Long rows = jdbc.queryForObject("SELECT count(*) FROM event_outbox", Long.class);
            return rows == null ? 0.0 : rows.doubleValue();
        } catch (RuntimeException e) {
            log.debug("publisher backlog not readable: {}", e.toString());
            return Double.NaN;
        }
    }
}
