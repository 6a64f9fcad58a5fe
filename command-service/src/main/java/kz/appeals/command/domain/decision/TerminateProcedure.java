package kz.appeals.command.domain.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.TerminationGround;

/** Terminate the procedure on a ground of APPC art. 70 or 88(1). */
public record TerminateProcedure(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        TerminationGround ground,
        String reasons) {
}
