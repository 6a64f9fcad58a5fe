package kz.appeals.query.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.kafka.EventsTopic;
import kz.appeals.query.projection.ProjectionProperties;

@Configuration
class QueryConfig {

    @Bean
    EnvelopeCodec envelopeCodec() {
        return new EnvelopeCodec();
    }

    @Bean
    EventsTopic eventsTopic(ProjectionProperties properties) {
        return new EventsTopic(properties.bootstrapServers(), properties.topic(), properties.partitions(),
                properties.replicationFactor());
    }

    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    @Bean
    StatutoryClock statutoryClock() {
        return StatutoryClock.create(ClockSettings.fromEnvironment());
    }
}
