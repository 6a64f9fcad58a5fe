package kz.appeals.command.domain.consideration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.HearingSkipReason;

/** Record that the hearing is not held, for a reason of APPC art. 73. */
public record SkipHearing(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        HearingSkipReason reason,
        String details) {
}
