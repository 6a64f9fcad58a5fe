package kz.appeals.command.domain.court;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record the court's penalty for a decision not executed in time (APPC art. 127). */
public record ImposeCourtPenalty(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String court,
        long amountKzt,
        String reasons) {
}
