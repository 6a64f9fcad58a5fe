package kz.appeals.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "appeals.projection")
public record ProjectionProperties(String bootstrapServers, String topic, int partitions, short replicationFactor,
                                   String groupId, int maxPollRecords, int consumers, boolean enabled) {
}
