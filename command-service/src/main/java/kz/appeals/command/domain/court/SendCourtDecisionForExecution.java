package kz.appeals.command.domain.court;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the court decision was sent for execution (APPC art. 171(1)). */
public record SendCourtDecisionForExecution(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String sentTo) {
}
