package kz.appeals.command.domain.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The applicant withdraws the appeal in writing (APPC art. 64(9)). */
public record WithdrawAppeal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String statement) {
}
