package kz.appeals.command.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.integrity.EventSealer;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.messaging.kafka.EventsTopic;
import kz.appeals.messaging.kafka.KafkaClientSecurity;
import kz.appeals.messaging.kafka.KafkaUnavailableException;

/**
 * Publishes every stored event to Kafka, keyed by appeal id, from a tracking processor over the event store. The event
 * store is the outbox: the processor's token only moves once the broker has acknowledged the whole batch
 * ({@code acks=all}, idempotent producer), so a broker outage delays events but never loses them. After a crash
 * between acknowledgement and token commit a batch may be sent again; the envelope's eventId and per-appeal sequence
 * let consumers drop such repeats.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher implements DisposableBean {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

    private final EventsTopic topic;
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final Producer<String, byte[]> producer;
    private final EventSealer sealer;

    public KafkaEventPublisher(KafkaPublishingProperties properties, EventSealer sealer) {
        this.sealer = sealer;
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

    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            return;
        }
        topic.ensureExists();
        // sealed: the stored event's chain hashes and the signature the query side checks (docs/integrity.md)
        EventEnvelope envelope = sealer.seal(codec.wrap(UUID.fromString(message.getIdentifier()), payload,
                domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(), message.getTimestamp(),
                ActorMetaData.from(message.getMetaData())));
        Future<RecordMetadata> sent = producer.send(kz.appeals.command.observability.TraceHeaders.withTraceOf(
                message.getMetaData(), new ProducerRecord<>(topic.name(), envelope.appealId(),
                        codec.toBytes(envelope))));
        pendingSendsOfThisBatch().add(sent);
    }

    /** The batch's token is committed only after this returns: every send of the batch must be acknowledged. */
    private List<Future<RecordMetadata>> pendingSendsOfThisBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> {
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> awaitAcknowledgements(pending));
            return pending;
        });
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

    @Override
    public void destroy() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
