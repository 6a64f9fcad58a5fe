package kz.appeals.command.domain.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Restore the missed period to file this complaint for a good reason (APPC art. 92(2)); the deciding official is the actor. */
public record RestoreComplaintFilingPeriod(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
