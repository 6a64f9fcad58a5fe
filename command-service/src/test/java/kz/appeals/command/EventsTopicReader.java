package kz.appeals.command;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.test.context.DynamicPropertyRegistry;

import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * The service's events as an outside Kafka client reads them, on a topic of the test's own, plus the properties that
 * point the service at a fresh database and that topic.
 */
final class EventsTopicReader implements AutoCloseable {

    final String topic = "appeals.events." + UUID.randomUUID();
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
            ConsumerConfig.GROUP_ID_CONFIG, "command-it-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
            new StringDeserializer(), new ByteArrayDeserializer());

    /**
     * A fresh database on the shared PostgreSQL server, this reader's topic on the shared broker, and the test OIDC
     * issuer whose tokens the service trusts (validated through its discovery document and JWKS, as Keycloak's are).
     */
    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> TestIdentityProvider.shared().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIdentityProvider.AUDIENCE);
        TestInfrastructure.Database db = TestInfrastructure.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("appeals.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
        registry.add("appeals.kafka.topic", () -> topic);
        registry.add("appeals.kafka.partitions", () -> "3");
    }

    /** The appeal's events once {@code until} holds for them (waits up to a minute). */
    synchronized List<EventEnvelope> eventsFor(String appealId, Predicate<List<EventEnvelope>> until) {
        List<EventEnvelope> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            if (consumer.subscription().isEmpty()) {
                consumer.subscribe(List.of(topic));
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            found.clear();
            seen.stream().filter(r -> appealId.equals(r.key())).map(r -> codec.fromBytes(r.value()))
                    .forEach(found::add);
            return until.test(found);
        });
        return found;
    }

    /** The appeal's records as they are on the topic (headers included), once there are {@code count} of them. */
    synchronized List<ConsumerRecord<String, byte[]>> recordsFor(String appealId, int count) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            if (consumer.subscription().isEmpty()) {
                consumer.subscribe(List.of(topic));
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            found.clear();
            seen.stream().filter(r -> appealId.equals(r.key())).forEach(found::add);
            return found.size() >= count;
        });
        return found;
    }

    List<EventEnvelope> eventsFor(String appealId, String untilType) {
        return eventsFor(appealId, events -> events.stream().anyMatch(e -> e.type().equals(untilType)));
    }

    synchronized long totalOnTopic() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
