package kz.appeals.command.observability;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration
class ObservabilityConfig {

    /** Counting in the command's own unit of work: a tracking processor would replay history into the counters. */
    @Autowired
    void metricsSubscribe(EventProcessingConfigurer configurer) {
        configurer.registerSubscribingEventProcessor(AppealsFiledMetrics.PROCESSING_GROUP);
    }
}
