package kz.appeals.command.publish;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.command.observability.TraceContextMetaData;
import kz.appeals.messaging.kafka.EventsTopic;
import kz.appeals.messaging.kafka.KafkaClientSecurity;
import kz.appeals.messaging.kafka.KafkaUnavailableException;

/**
 * Relays the ready, sealed envelopes of {@code event_outbox} (written with the events, see
 * {@link OutboxEventStorageEngine}) to Kafka, keyed by appeal id, in global order. One instance of the cluster relays
 * at a time: each batch runs in a transaction holding a transaction-level advisory lock, reads up to
 * {@code batch-size} rows, sends them ({@code acks=all}, idempotent producer), waits until the broker acknowledged all
 * of them and only then deletes them. A broker outage therefore delays events but never loses them; after a crash
 * between acknowledgement and commit a batch is sent again, and the envelope's eventId and per-appeal sequence let
 * consumers drop such repeats. Nothing is read back from the event store and nothing is serialised again.
 */
@Component
public class KafkaEventPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    /** Advisory lock key of the relay: "APPO" (the checkpoint writer uses "APPH", the query side "APPC"). */
    static final long RELAY_LOCK = 0x4150504FL;

    private final EventsTopic topic;
    private final Producer<String, byte[]> producer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OutboxSignal signal;
    private final OutboxBackfill backfill;
    private final int batchSize;
    private final Duration pollInterval;
    private volatile boolean running;
    private Thread relay;

    public KafkaEventPublisher(KafkaPublishingProperties properties, JdbcTemplate jdbc,
                               TransactionTemplate transaction, OutboxSignal signal, OutboxBackfill backfill,
                               @Value("${appeals.kafka.relay.batch-size:500}") int batchSize,
                               @Value("${appeals.kafka.relay.poll-interval:PT0.2S}") Duration pollInterval) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.signal = signal;
        this.backfill = backfill;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        KafkaClientSecurity security = properties.securityOrNone();
        this.topic = new EventsTopic(properties.bootstrapServers(), properties.topic(), properties.partitions(),
                properties.replicationFactor(), security.clientProperties());
        this.producer = new KafkaProducer<>(security.applyTo(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000,
                ProducerConfig.CLIENT_ID_CONFIG, "command-service-publisher")),
                new StringSerializer(), new ByteArraySerializer());
    }

    private record Pending(long globalIndex, String appealId, byte[] envelope, String traceparent,
                           String tracestate) {
    }

    /** Publishes one batch if this instance holds the relay lock; returns how many envelopes were published. */
    int relayOnce() {
        Integer published = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class,
                    RELAY_LOCK))) {
                return 0;
            }
            List<Pending> batch = jdbc.query("""
                    SELECT globalindex, appeal_id, envelope, traceparent, tracestate FROM event_outbox
                    ORDER BY globalindex LIMIT ?""",
                    (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                            rs.getString(5)), batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
            topic.ensureExists();
            List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
            for (Pending event : batch) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), event.appealId(),
                        event.envelope());
                header(record, TraceContextMetaData.TRACEPARENT, event.traceparent());
                header(record, TraceContextMetaData.TRACESTATE, event.tracestate());
                sends.add(producer.send(record));
            }
            awaitAcknowledgements(sends);
            // exactly the rows sent: a lower index committed meanwhile is not in this batch and must stay
            Long[] sent = batch.stream().map(Pending::globalIndex).toArray(Long[]::new);
            jdbc.update(connection -> {
                var delete = connection.prepareStatement("DELETE FROM event_outbox WHERE globalindex = ANY(?)");
                delete.setArray(1, connection.createArrayOf("bigint", sent));
                return delete;
            });
            return batch.size();
        });
        return published == null ? 0 : published;
    }

    private static void header(ProducerRecord<String, byte[]> record, String key, String value) {
        if (value != null) {
            record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> pending) {
        for (Future<RecordMetadata> send : pending) {
            try {
                send.get(35, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new KafkaUnavailableException("Kafka refused an event", e.getCause());
            } catch (TimeoutException e) {
                throw new KafkaUnavailableException("Kafka did not acknowledge an event in time", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaUnavailableException("Interrupted waiting for Kafka", e);
            }
        }
    }

    private void relayLoop() {
        long backoffMillis = 0;
        while (running) {
            try {
                if (backoffMillis > 0) {
                    Thread.sleep(backoffMillis);
                }
                if (relayOnce() < batchSize) {
                    signal.await(pollInterval);
                }
                backoffMillis = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoffMillis = Math.min(10_000, Math.max(250, backoffMillis * 2));
                if (running) {
                    log.warn("publishing to Kafka failed, retrying in {} ms (events stay in the outbox): {}",
                            backoffMillis, e.toString());
                }
            }
        }
    }

    @Override
    public void start() {
        backfill.fromTheReadBackPublisher();
        running = true;
        relay = new Thread(this::relayLoop, "kafka-relay");
        relay.setDaemon(true);
        relay.start();
    }

    @Override
    public void stop() {
        running = false;
        if (relay != null) {
            relay.interrupt();
            try {
                relay.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
