package kz.appeals.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

import kz.appeals.messaging.kafka.KafkaClientSecurity;

/** The projection's Kafka settings; {@code security} is how this service authenticates (none when absent). */
@ConfigurationProperties(prefix = "appeals.projection")
public record ProjectionProperties(String bootstrapServers, String topic, int partitions, short replicationFactor,
                                   String groupId, int maxPollRecords, int consumers, boolean enabled,
                                   KafkaClientSecurity security) {

    public KafkaClientSecurity securityOrNone() {
        return security != null ? security : KafkaClientSecurity.none();
    }
}
