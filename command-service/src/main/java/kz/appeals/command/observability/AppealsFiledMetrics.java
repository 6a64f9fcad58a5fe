package kz.appeals.command.observability;

import java.util.EnumMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.appeals.clock.AppealKind;
import kz.appeals.events.AppealFiled;

/**
 * {@code appeals.filed{kind}}: appeals this instance filed, counted (and logged) once the command's transaction
 * committed (a refused or rolled-back filing is neither counted nor logged). A subscribing processor
 * ({@link ObservabilityConfig}) runs in the command's unit of work, so a restart does not replay history into the
 * counter; Prometheus sums the instances.
 */
@Component
@ProcessingGroup(AppealsFiledMetrics.PROCESSING_GROUP)
public class AppealsFiledMetrics {

    public static final String PROCESSING_GROUP = "appeals-metrics";
    private static final Logger log = LoggerFactory.getLogger(AppealsFiledMetrics.class);

    private final Map<AppealKind, Counter> filed = new EnumMap<>(AppealKind.class);

    public AppealsFiledMetrics(MeterRegistry registry) {
        // every kind from zero, so that a rate over a fresh instance is defined
        for (AppealKind kind : AppealKind.values()) {
            filed.put(kind, Counter.builder("appeals.filed").description("Appeals filed, by kind")
                    .tag("kind", kind.name()).register(registry));
        }
    }

    @EventHandler
    void on(AppealFiled event) {
        Counter counter = filed.get(event.kind());
        Runnable filedForGood = () -> {
            // one line per filing, with the request's trace id and the appeal id (no personal data)
            try (MDC.MDCCloseable appeal = MDC.putCloseable(AppealLogContext.MDC_KEY, event.appealId())) {
                log.info("Appeal {} filed: {} to {}", event.appealId(), event.kind(), event.addressee().bodyId());
            }
            counter.increment();
        };
        // the database transaction, not Axon's unit of work: a request's transaction encloses its units of work and
        // may still roll back after they commit (a retry of an Idempotency-Key that was already answered does)
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    filedForGood.run();
                }
            });
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(u -> filedForGood.run());
        } else {
            filedForGood.run();
        }
    }
}
