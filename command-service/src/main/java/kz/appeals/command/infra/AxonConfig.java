package kz.appeals.command.infra;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.publish.KafkaEventPublisher;

@Configuration
class AxonConfig {

    /** Copies the acting user from each command onto every event it causes (provenance for auditors). */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ActorMetaData.USER_ID, ActorMetaData.ROLE, ActorMetaData.BODY_ID,
                ActorMetaData.DISPLAY_NAME, ActorMetaData.POSITION);
    }

    /**
     * A failed publish must not be skipped: the error propagates, the processor keeps its token and retries with
     * back-off, so the event store acts as the outbox while Kafka is away.
     */
    @Autowired
    void publishingNeverSkipsAnEvent(EventProcessingConfigurer configurer) {
        configurer.registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
