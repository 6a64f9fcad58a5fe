package kz.appeals.command.domain.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.ComplaintRoute;

/** Adopt the administrative act (APPC arts. 77-80); the signing official is the actor. */
public record IssueAdministrativeAct(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String actId,
        String actNumber,
        ActNature nature,
        ActOutcome outcome,
        String summary,
        ComplaintRoute route) {
}
