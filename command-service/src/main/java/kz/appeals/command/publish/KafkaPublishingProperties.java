package kz.appeals.command.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where events go: bootstrap servers, the topic and how it is created at start-up. */
@ConfigurationProperties(prefix = "appeals.kafka")
public record KafkaPublishingProperties(String bootstrapServers, String topic, int partitions, short replicationFactor) {
}
