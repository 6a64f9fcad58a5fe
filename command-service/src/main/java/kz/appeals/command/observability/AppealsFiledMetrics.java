package kz.appeals.command.observability;

import java.util.EnumMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.appeals.clock.AppealKind;
import kz.appeals.events.AppealFiled;

/**
 * {@code appeals.filed{kind}}: appeals this instance filed, counted once the command's transaction committed (a refused
 * or rolled-back filing is not counted). A subscribing processor ({@link ObservabilityConfig}) runs in the command's
 * unit of work, so a restart does not replay history into the counter; Prometheus sums the instances.
 */
@Component
@ProcessingGroup(AppealsFiledMetrics.PROCESSING_GROUP)
public class AppealsFiledMetrics {

    public static final String PROCESSING_GROUP = "appeals-metrics";

    private final Map<AppealKind, Counter> filed = new EnumMap<>(AppealKind.class);

    public AppealsFiledMetrics(MeterRegistry registry) {
        // every kind from zero, so that a rate over a fresh instance is defined
        for (AppealKind kind : AppealKind.values()) {
            filed.put(kind, Counter.builder("appeals.filed").description("Appeals filed, by kind")
                    .baseUnit("appeals").tag("kind", kind.name()).register(registry));
        }
    }

    @EventHandler
    void on(AppealFiled event) {
        Counter counter = filed.get(event.kind());
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(u -> counter.increment());
        } else {
            counter.increment();
        }
    }
}
