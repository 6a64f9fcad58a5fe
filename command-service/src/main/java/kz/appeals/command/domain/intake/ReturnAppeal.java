package kz.appeals.command.domain.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ReturnGround;

/** Return the appeal with reasons (APPC art. 64(7)); {@code reportsCrimeOrThreat} marks a report that may not be returned (64(7-2)). */
public record ReturnAppeal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        ReturnGround ground,
        String reasons,
        boolean reportsCrimeOrThreat) {
}
