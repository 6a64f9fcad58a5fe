package kz.appeals.command.observability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import kz.appeals.command.publish.KafkaEventPublisher;

/**
 * {@code appeals.publisher.backlog}: events stored but not yet published to Kafka, i.e. the event store's head global
 * index minus the lowest position of the publisher's tokens (all segments, whichever instance claims them). Read from
 * the database, not from this instance's processor, so every instance reports the same cluster-wide figure; two
 * cheap queries (an index max and a few token rows), at most once per {@code appeals.metrics.cache}.
 */
@Component
public class PublisherBacklogMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(PublisherBacklogMetrics.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
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
            Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
            if (head == null) {
                return 0.0;
            }
            List<byte[]> tokens = jdbc.queryForList("SELECT token FROM tokenentry WHERE processorname = ?",
                    byte[].class, KafkaEventPublisher.PROCESSING_GROUP);
            long position = tokens.isEmpty() ? -1 : Long.MAX_VALUE;
            for (byte[] token : tokens) {
                position = Math.min(position, indexOf(token));
            }
            return (double) Math.max(0, head - position);
        } catch (RuntimeException e) {
            log.debug("publisher backlog not readable: {}", e.toString());
            return Double.NaN;
        }
    }

    /** A token's global index (Jackson-serialised GapAwareTrackingToken, or a ReplayToken around one); -1 if none. */
    long indexOf(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode node = json.readTree(new String(token, StandardCharsets.UTF_8));
            for (String wrapper : List.of("currentToken", "tokenAtReset")) {
                if (node.has(wrapper) && !node.get(wrapper).isNull()) {
                    node = node.get(wrapper);
                    break;
                }
            }
            return node.path("index").asLong(-1);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
