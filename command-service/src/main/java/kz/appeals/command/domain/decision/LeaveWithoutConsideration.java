package kz.appeals.command.domain.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.LeaveWithoutConsiderationGround;

/** Leave a complaint without consideration (APPC arts. 95, 100(1)). */
public record LeaveWithoutConsideration(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        LeaveWithoutConsiderationGround ground,
        String reasons) {
}
