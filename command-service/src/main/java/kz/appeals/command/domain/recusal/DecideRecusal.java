package kz.appeals.command.domain.recusal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The superior official decides the pending request for recusal (APPC art. 67); the deciding official is the actor. */
public record DecideRecusal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        boolean granted,
        String reasons) {
}
