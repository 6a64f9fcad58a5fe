package kz.appeals.command.domain.decision;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.SimplifiedOutcome;

/** Answer in the simplified procedure, or take note (APPC arts. 88-89). */
public record GiveSimplifiedAnswer(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        SimplifiedOutcome outcome,
        String answer,
        List<String> lawsCited) {
}
