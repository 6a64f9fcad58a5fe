package kz.appeals.command.domain.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The act states that a complaint does not suspend its execution (APPC art. 96): {@code exception} names the case (the
 * provision of art. 96 or of a law), {@code reasons} why it applies.
 */
public record StateSuspensionException(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String exception,
        String reasons) {
}
