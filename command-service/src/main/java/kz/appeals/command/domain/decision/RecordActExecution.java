package kz.appeals.command.domain.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the administrative act was executed (APPC art. 86(3)); {@code report} says how. */
public record RecordActExecution(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String report) {
}
