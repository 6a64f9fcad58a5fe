package kz.appeals.command.domain.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A participant asks to see the case file (APPC art. 75(1); art. 98(5) in the review of a complaint); the requester is
 * the actor. {@code scope}: what they ask to see, null for the whole file.
 */
public record RequestCaseFileAccess(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String scope) {
}
