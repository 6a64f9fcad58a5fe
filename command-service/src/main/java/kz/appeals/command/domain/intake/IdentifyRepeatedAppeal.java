package kz.appeals.command.domain.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * This appeal repeats {@code earlierAppealId}; {@code newArguments} says whether it brings anything new. What follows
 * depends on what became of the earlier appeal (APPC arts. 64(7)(2), 64(8), 70(1)(1), 70(5)); {@code reasons} are the
 * body's, given to the applicant with a termination.
 */
public record IdentifyRepeatedAppeal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String earlierAppealId,
        boolean newArguments,
        String reasons) {
}
