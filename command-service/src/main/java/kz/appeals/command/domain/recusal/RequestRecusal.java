package kz.appeals.command.domain.recusal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Ask for the recusal of an official considering the appeal (APPC art. 67), or, when the actor is that official, recuse
 * oneself; {@code officialId} is the official's user id, {@code grounds} why they may not be impartial.
 */
public record RequestRecusal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String officialId,
        String grounds) {
}
