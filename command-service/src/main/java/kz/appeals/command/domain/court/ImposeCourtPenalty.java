package kz.appeals.command.domain.court;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record the court's penalty for a decision not executed in time (APPC art. 127) and the new period the court set for
 * its execution, {@code newExecutionDueDate} (art. 127(5)).
 */
public record ImposeCourtPenalty(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String court,
        long amountKzt,
        String reasons,
        LocalDate newExecutionDueDate) {
}
