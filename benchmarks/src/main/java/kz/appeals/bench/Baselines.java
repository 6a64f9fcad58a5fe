package kz.appeals.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Same-run baselines on the same servers and the same data: raw JDBC inserts of the event store's own rows (same
 * bytea payloads and metadata) into a scratch table of the same shape as {@code command.domainevententry}, and raw
 * Kafka produce/consume of the query side's own envelopes with the command-service's producer settings.
 */
final class Baselines {

    record JdbcResult(long rows, double bulkRowsPerSecond, double perCommandRowsPerSecond,
                      double perCommandWithCounterRowsPerSecond, double perCommandWithSequenceRowsPerSecond,
                      int eventsPerCommand, int connections, double meanPayloadBytes) {
    }

    record KafkaResult(long records, double produceRecordsPerSecond, double produceMbPerSecond,
                       double consumeRecordsPerSecond, double meanRecordBytes) {
    }

    private record EventRow(String type, String timestamp, String payloadType, String payloadRevision,
                            byte[] payload, byte[] metadata) {
    }

    private Baselines() {
    }

    static JdbcResult jdbc(Db db, int rows, int eventsPerCommand, int connections) throws Exception {
        List<EventRow> templates = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT type, timestamp, payloadtype, payloadrevision, payload, metadata
                    FROM command.domainevententry ORDER BY globalindex DESC LIMIT 3000""")) {
                while (rs.next()) {
                    templates.add(new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBytes(5), rs.getBytes(6)));
                }
            }
            st.execute("CREATE SCHEMA IF NOT EXISTS bench");
            st.execute("DROP TABLE IF EXISTS bench.domainevententry");
            st.execute("DROP SEQUENCE IF EXISTS bench.domain_event_global_index_seq");
            st.execute("CREATE SEQUENCE bench.domain_event_global_index_seq AS BIGINT");
            // same columns, types, constraints and indexes as the event store
            st.execute("CREATE TABLE bench.domainevententry (LIKE command.domainevententry INCLUDING CONSTRAINTS "
                    + "INCLUDING INDEXES)");
            st.execute("ALTER TABLE bench.domainevententry ALTER COLUMN globalindex SET DEFAULT "
                    + "nextval('bench.domain_event_global_index_seq')");
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no events in command.domainevententry to copy");
        }
        double meanPayload = templates.stream().mapToInt(t -> t.payload().length).average().orElse(0);

        // 1. bulk: one connection, batches of 1,000 rows, one commit per batch
        long t0 = System.nanoTime();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < rows; i++) {
                    bind(ps, templates.get(i % templates.size()), UUID.randomUUID().toString(), i % 2);
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0 || i == rows - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        double bulk = rows / ((System.nanoTime() - t0) / 1e9);
        db.execute("TRUNCATE bench.domainevententry");

        // 2. per command: as many connections as the service's pool, one transaction per command's events
        double perCommand = perCommand(db, templates, rows, eventsPerCommand, connections, null);
        db.execute("TRUNCATE bench.domainevententry");
        // 3. the same, each transaction first taking the next number from one counter row (the talon counter's
        //    upsert up to V5), so that the transactions serialize on that row lock
        db.execute("DROP TABLE IF EXISTS bench.registration_counter");
        db.execute("CREATE TABLE bench.registration_counter (prefix VARCHAR(8) NOT NULL, year INTEGER NOT NULL, "
                + "last_value BIGINT NOT NULL, PRIMARY KEY (prefix, year))"); // the talon counter of V1
        double withCounter = perCommand(db, templates, rows, eventsPerCommand, connections, COUNTER);
        db.execute("DROP TABLE bench.registration_counter");
        db.execute("TRUNCATE bench.domainevententry");
        // 4. the same with the number from a sequence (talon numbers since V5): no lock held until commit
        db.execute("DROP SEQUENCE IF EXISTS bench.talon_seq");
        db.execute("CREATE SEQUENCE bench.talon_seq MINVALUE 1 MAXVALUE 99999999");
        double withSequence = perCommand(db, templates, rows, eventsPerCommand, connections,
                "SELECT nextval('bench.talon_seq')");
        db.execute("DROP SEQUENCE bench.talon_seq");
        db.execute("DROP TABLE bench.domainevententry");
        db.execute("DROP SEQUENCE bench.domain_event_global_index_seq");
        return new JdbcResult(rows, bulk, perCommand, withCounter, withSequence, eventsPerCommand, connections,
                meanPayload);
    }

    private static double perCommand(Db db, List<EventRow> templates, int rows, int eventsPerCommand,
                                     int connections, String numberSql) throws Exception {
        long commands = rows / eventsPerCommand;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long t1 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < connections; w++) {
                futures.add(pool.submit(() -> {
                    try (Connection c = db.connect()) {
                        c.setAutoCommit(false);
                        try (PreparedStatement ps = c.prepareStatement(INSERT);
                             PreparedStatement number = numberSql == null ? null : c.prepareStatement(numberSql)) {
                            long n;
                            while ((n = next.getAndIncrement()) < commands) {
                                if (number != null) {
                                    number.executeQuery().close();
                                }
                                String aggregate = UUID.randomUUID().toString();
                                for (int e = 0; e < eventsPerCommand; e++) {
                                    bind(ps, templates.get((int) ((n * eventsPerCommand + e) % templates.size())),
                                            aggregate, e);
                                    ps.addBatch();
                                }
                                ps.executeBatch();
                                c.commit();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return commands * eventsPerCommand / ((System.nanoTime() - t1) / 1e9);
    }

    private static final String COUNTER = """
            INSERT INTO bench.registration_counter (prefix, year, last_value) VALUES ('ЖТ', 2026, 1)
            ON CONFLICT (prefix, year) DO UPDATE SET last_value = bench.registration_counter.last_value + 1
            RETURNING last_value""";

    private static final String INSERT = """
            INSERT INTO bench.domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static void bind(PreparedStatement ps, EventRow t, String aggregate, int sequence) throws SQLException {
        ps.setString(1, UUID.randomUUID().toString());
        ps.setString(2, aggregate);
        ps.setLong(3, sequence);
        ps.setString(4, t.type());
        ps.setString(5, t.timestamp());
        ps.setString(6, t.payloadType());
        ps.setString(7, t.payloadRevision());
        ps.setBytes(8, t.payload());
        ps.setBytes(9, t.metadata());
    }

    /** Envelopes as the query side journaled them (key = appeal id), newest first. */
    static List<Map.Entry<String, byte[]>> envelopes(Db db, int limit) throws SQLException {
        List<Map.Entry<String, byte[]>> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT appeal_id, envelope FROM query.event_journal ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Map.entry(rs.getString(1),
                            rs.getString(2).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    /** SASL settings of the harness's own Kafka clients: the embedded broker's admin; none for an external one. */
    static volatile Map<String, Object> kafkaSecurity = Map.of();

    static Map<String, Object> secured(Map<String, Object> props) {
        Map<String, Object> merged = new java.util.HashMap<>(props);
        merged.putAll(kafkaSecurity);
        return merged;
    }

    /** The command-service publisher's settings (KafkaEventPublisher): acks=all, idempotent, linger 2 ms. */
    static KafkaProducer<String, byte[]> producer(String bootstrap, String clientId) {
        return new KafkaProducer<>(secured(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30000,
                ProducerConfig.CLIENT_ID_CONFIG, clientId)),
                new StringSerializer(), new ByteArraySerializer());
    }

    static KafkaResult kafka(String bootstrap, List<Map.Entry<String, byte[]>> envelopes, int records)
            throws Exception {
        if (envelopes.isEmpty()) {
            throw new IllegalStateException("no journaled envelopes to send");
        }
        String topic = "bench.baseline." + System.currentTimeMillis();
        try (Admin admin = Admin.create(secured(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        double bytes = 0;
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap, "bench-baseline")) {
            for (int i = 0; i < records; i++) {
                Map.Entry<String, byte[]> e = envelopes.get(i % envelopes.size());
                bytes += e.getValue().length;
                producer.send(new ProducerRecord<>(topic, e.getKey(), e.getValue()));
            }
            producer.flush();
        }
        double produceSeconds = (System.nanoTime() - t0) / 1e9;

        long consumed = 0;
        long firstBatch = 0;
        long c0 = 0;
        long last = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(secured(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-baseline-" + System.nanoTime(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500)), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (consumed < records && System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    if (c0 == 0) {
                        c0 = System.nanoTime();
                        firstBatch = batch.count();
                    }
                    consumed += batch.count();
                    last = System.nanoTime();
                }
            }
        }
        try (Admin admin = Admin.create(secured(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)))) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        }
        if (consumed < records) {
            throw new IllegalStateException("baseline consumer read " + consumed + " of " + records + " records");
        }
        // the first poll includes the group join; count from the first record received
        double consumeSeconds = Math.max(1e-3, (last - c0) / 1e9);
        return new KafkaResult(records, records / produceSeconds, bytes / produceSeconds / 1e6,
                Math.max(1, records - firstBatch) / consumeSeconds, bytes / records);
    }
}
