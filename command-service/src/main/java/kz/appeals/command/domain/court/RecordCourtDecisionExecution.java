package kz.appeals.command.domain.court;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the body executed the court decision (APPC art. 171). */
public record RecordCourtDecisionExecution(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String report) {
}
