package kz.appeals.command.infra;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.appeals.command.domain.ActorMetaData;

@Configuration
class AxonConfig {

    /** Copies the acting user from each command onto every event it causes (provenance for auditors). */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ActorMetaData.USER_ID, ActorMetaData.ROLE, ActorMetaData.BODY_ID,
                ActorMetaData.DISPLAY_NAME, ActorMetaData.POSITION);
    }
}
