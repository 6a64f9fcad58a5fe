package kz.appeals.command.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;

import kz.appeals.messaging.kafka.KafkaClientSecurity;

/**
 * Where events go: bootstrap servers, the topic and how it is created at start-up, and how this service authenticates
 * to the broker ({@code appeals.kafka.security.*}; none when absent).
 */
@ConfigurationProperties(prefix = "appeals.kafka")
public record KafkaPublishingProperties(String bootstrapServers, String topic, int partitions, short replicationFactor,
                                        KafkaClientSecurity security) {

    public KafkaClientSecurity securityOrNone() {
        return security != null ? security : KafkaClientSecurity.none();
    }
}
