package kz.appeals.query;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import kz.appeals.events.Actor;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * Points a query-service test context at a fresh database on the real PostgreSQL, at its own topic, and at the test
 * OpenID Connect issuer whose tokens it must accept (and nobody else's).
 */
final class QueryServiceInfrastructure {

    private QueryServiceInfrastructure() {
    }

    static void register(DynamicPropertyRegistry registry, String topic) {
        TestInfrastructure.Database db = TestInfrastructure.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("appeals.projection.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
        registry.add("appeals.projection.topic", () -> topic);
        registry.add("appeals.projection.partitions", () -> "2");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentityProvider.shared()::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIdentityProvider.AUDIENCE);
    }

    /**
     * Publishes a history, each {@code {appealId, payload}} as a signed envelope with the appeal's next sequence, one
     * minute apart from {@code firstAt}, by {@code actor}; then waits until the consumer has applied all of them.
     * Returns how many were published.
     */
    static int publish(String topic, List<Object[]> events, Actor actor, Instant firstAt, JdbcTemplate jdbc)
            throws Exception {
        EnvelopeCodec codec = new EnvelopeCodec();
        Map<String, Long> sequences = new HashMap<>();
        int produced = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (Object[] event : events) {
                String id = (String) event[0];
                long sequence = sequences.merge(id, 1L, Long::sum) - 1;
                producer.send(new ProducerRecord<>(topic, id, codec.toBytes(TestEventKeys.sign(codec.wrap(
                        UUID.randomUUID(), event[1], id, sequence, firstAt.plusSeconds(produced * 60L), actor)))))
                        .get();
                produced++;
            }
        }
        long total = produced;
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE topic = ?", Long.class, topic)
                == total);
        return produced;
    }
}
