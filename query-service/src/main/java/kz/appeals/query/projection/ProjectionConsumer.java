package kz.appeals.query.projection;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.kafka.EventsTopic;
import kz.appeals.messaging.kafka.KafkaUnavailableException;
import kz.appeals.query.integrity.RejectedEvent;
import kz.appeals.query.integrity.StorableText;

/**
 * Plain Kafka consumers ({@code appeals.projection.consumers} threads, one KafkaConsumer each) that project {@code appeals.events} into the read models. Offsets live in PostgreSQL and are
 * written in the same transaction as the read-model change, so a crash at any point neither loses an event nor
 * applies one twice; Kafka's own committed offsets are never read. Several instances share the partitions through
 * the consumer group; records of one appeal share a partition, so each appeal's events are applied in order.
 * <p>
 * An event that cannot be projected (unreadable, unknown type, newer schema) is parked in {@code dead_letter} with its
 * error, and so is every later event of the same appeal, so that other appeals keep moving and no appeal is projected
 * out of order. A storage failure is not the event's fault: the batch is rolled back and retried.
 * <p>
 * A forged record (unsigned, unknown key, bad signature) or one conflicting with a journaled event is parked too,
 * under its own kind, and holds nothing back: it takes no sequence number, and the genuine event still projects
 * (docs/integrity.md).
 */
@Component
public class ProjectionConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final ProjectionProperties properties;
    private final ProjectionPipeline pipeline;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EnvelopeCodec codec;
    private final EventsTopic topic;
    private final Set<KafkaConsumer<String, byte[]>> consumers = ConcurrentHashMap.newKeySet();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;
    @org.springframework.beans.factory.annotation.Autowired(required = false) // a span per record (docs/operations.md)
    private kz.appeals.query.observability.ProjectionTracing tracing;

    public ProjectionConsumer(ProjectionProperties properties, ProjectionPipeline pipeline, JdbcTemplate jdbc,
                              TransactionTemplate transactions, EnvelopeCodec codec, EventsTopic topic) {
        this.properties = properties;
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.codec = codec;
        // the topic bean knows the broker but not this service's credentials; it may only describe the topic here
        this.topic = topic.withClientProperties(properties.securityOrNone().clientProperties());
    }

    @Override
    public synchronized void start() {
        if (running || !properties.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < Math.max(1, properties.consumers()); i++) {
            Thread worker = new Thread(this::run, "appeals-projection-" + i);
            workers.add(worker);
            worker.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        consumers.forEach(KafkaConsumer::wakeup);
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofSeconds(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                topic.ensureExists();
                consume();
            } catch (WakeupException e) {
                return;
            } catch (KafkaUnavailableException | org.apache.kafka.common.KafkaException e) {
                log.warn("Kafka unavailable, retrying: {}", e.getMessage());
                pause();
            } catch (RuntimeException e) {
                log.error("Projection loop failed, restarting it: {}",
                        kz.appeals.query.access.PersonalData.scrub(e.toString()));
                pause();
            }
        }
    }

    private void consume() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties.securityOrNone().applyTo(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, properties.groupId(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false)),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumers.add(c);
            try {
                c.subscribe(List.of(topic.name()), new SeekToStoredOffsets(c));
                while (running) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                    for (TopicPartition partition : records.partitions()) {
                        projectPartitionBatch(c, partition, records.records(partition));
                    }
                }
            } finally {
                consumers.remove(c);
            }
        }
    }

    /** The whole batch of one partition in one transaction; if one record is at fault, one record at a time. */
    private void projectPartitionBatch(KafkaConsumer<String, byte[]> c, TopicPartition partition,
                                       List<ConsumerRecord<String, byte[]>> batch) {
        try {
            transactions.executeWithoutResult(status -> {
                pipeline.holdSharedSwitchLock();
                projectAll(batch, anyParked());
                storeOffset(partition, batch.get(batch.size() - 1).offset() + 1);
            });
        } catch (RuntimeException batchFailure) {
            if (isStorageFailure(batchFailure)) {
                retryLater(c, partition, batch.get(0).offset(), batchFailure);
                return;
            }
            for (ConsumerRecord<String, byte[]> record : batch) {
                if (!projectOneOrPark(c, partition, record)) {
                    return;
                }
            }
        }
    }

    private boolean projectOneOrPark(KafkaConsumer<String, byte[]> c, TopicPartition partition,
                                     ConsumerRecord<String, byte[]> record) {
        try {
            transactions.executeWithoutResult(status -> {
                pipeline.holdSharedSwitchLock();
                project(record, anyParked());
                storeOffset(partition, record.offset() + 1);
            });
            return true;
        } catch (RuntimeException failure) {
            if (isStorageFailure(failure)) {
                retryLater(c, partition, record.offset(), failure);
                return false;
            }
            String kind = RejectedEvent.kindOf(failure);
            log.error("Parking {} record at {}@{}: {}", kind, partition, record.offset(),
                    kz.appeals.query.access.PersonalData.scrub(StorableText.clean(failure.toString())));
            transactions.executeWithoutResult(status -> {
                park(record, readable(record), describe(failure), kind);
                storeOffset(partition, record.offset() + 1);
            });
            return true;
        }
    }

    /**
     * A partition's batch in few statements (issue 13 item 4): every record read and verified, those of appeals with
     * a parked event parked behind it, the rest journaled in one statement, and the new ones applied in order with
     * the read models' row changes coalesced per row and written once at the end. Any failure rolls it all back and
     * the caller goes one record at a time.
     */
    private void projectAll(List<ConsumerRecord<String, byte[]>> batch, boolean anyParked) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(batch.size());
        List<EventEnvelope> envelopes = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, byte[]> record : batch) {
            EventEnvelope envelope = codec.fromBytes(record.value());
            pipeline.verify(envelope);
            if (anyParked && hasParkedEvents(envelope.appealId())) {
                parkBehind(record, envelope);
            } else {
                records.add(record);
                envelopes.add(envelope);
            }
        }
        boolean[] fresh = pipeline.journalAll(envelopes);
        pipeline.batched(() -> {
            for (int i = 0; i < envelopes.size(); i++) {
                if (fresh[i]) {
                    EventEnvelope envelope = envelopes.get(i);
                    kz.appeals.query.observability.ProjectionTracing.within(tracing, records.get(i), envelope,
                            () -> pipeline.applyJournaled(envelope));
                }
            }
        });
    }

    private void parkBehind(ConsumerRecord<String, byte[]> record, EventEnvelope envelope) {
        park(record, envelope, "An earlier event of appeal " + envelope.appealId()
                + " is parked; later events wait behind it to keep the appeal's order", RejectedEvent.ERROR);
    }

    /** @param anyParked whether any event is parked at all: the usual answer, no, spares a query per event */
    private void project(ConsumerRecord<String, byte[]> record, boolean anyParked) {
        EventEnvelope envelope = codec.fromBytes(record.value());
        // first: a forged record neither waits behind a parked event nor is taken for the appeal's next one
        pipeline.verify(envelope);
        if (anyParked && hasParkedEvents(envelope.appealId())) {
            parkBehind(record, envelope);
            return;
        }
        kz.appeals.query.observability.ProjectionTracing.within(tracing, record, envelope,
                () -> pipeline.accept(envelope));
    }

    private boolean anyParked() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM dead_letter WHERE kind = 'ERROR')", Boolean.class));
    }

    private boolean hasParkedEvents(String appealId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM dead_letter WHERE appeal_id = ? AND kind = 'ERROR')", Boolean.class,
                StorableText.clean(appealId)));
    }

    /** Whatever the record holds, parking it must succeed: text is made storable, never refused. */
    private void park(ConsumerRecord<String, byte[]> record, EventEnvelope envelope, String error, String kind) {
        UUID eventId = envelope == null ? null : envelope.eventId();
        jdbc.update("""
                INSERT INTO dead_letter (topic, partition_no, record_offset, appeal_id, event_id, payload, error,
                    parked_at, kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (topic, partition_no, record_offset) DO NOTHING""",
                record.topic(), record.partition(), record.offset(),
                StorableText.clean(envelope == null ? record.key() : envelope.appealId()),
                eventId == null ? null : eventId.toString(),
                record.value() == null ? new byte[0] : record.value(), StorableText.clean(error),
                Timestamp.from(Instant.now()), kind);
    }

    private EventEnvelope readable(ConsumerRecord<String, byte[]> record) {
        try {
            return record.value() == null ? null : codec.fromBytes(record.value());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void storeOffset(TopicPartition partition, long nextOffset) {
        jdbc.update("""
                INSERT INTO consumer_offset (consumer_group, topic, partition_no, next_offset, updated_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (consumer_group, topic, partition_no)
                DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = EXCLUDED.updated_at""",
                properties.groupId(), partition.topic(), partition.partition(), nextOffset);
    }

    private void retryLater(KafkaConsumer<String, byte[]> c, TopicPartition partition, long offset,
                            RuntimeException cause) {
        log.warn("Storage unavailable projecting {}@{}; retrying: {}", partition, offset,
                kz.appeals.query.access.PersonalData.scrub(cause.getMessage()));
        c.seek(partition, offset);
        pause();
    }

    private static boolean isStorageFailure(RuntimeException e) {
        return e instanceof TransactionException
                || (e instanceof DataAccessException && !(e instanceof NonTransientDataAccessException))
                || e instanceof org.springframework.dao.DataAccessResourceFailureException;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
             cause = cause.getCause()) {
            text.append("\ncaused by ").append(cause);
        }
        return text.toString();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** On every assignment, continue from the offset stored with the read model, not from Kafka's. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, byte[]> c;

        SeekToStoredOffsets(KafkaConsumer<String, byte[]> c) {
            this.c = c;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                List<Long> stored = jdbc.queryForList("""
                        SELECT next_offset FROM consumer_offset
                        WHERE consumer_group = ? AND topic = ? AND partition_no = ?""", Long.class,
                        properties.groupId(), partition.topic(), partition.partition());
                if (stored.isEmpty()) {
                    c.seekToBeginning(List.of(partition));
                } else {
                    c.seek(partition, stored.get(0));
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing to flush: every applied batch already stored its offset in its own transaction
        }
    }
}
