package kz.appeals.command.domain.consideration;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sign the protocol of the oral hearing (APPC art. 74); the signing official is the actor. */
public record SignHearingProtocol(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion) {
}
