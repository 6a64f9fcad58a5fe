package kz.appeals.command.domain.consideration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The chair of the hearing accepts or rejects the remarks on the protocol (APPC art. 74), with reasons. */
public record DecideProtocolRemarks(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        boolean accepted,
        String reasons) {
}
