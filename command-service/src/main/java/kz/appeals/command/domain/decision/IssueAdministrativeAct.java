package kz.appeals.command.domain.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.Language;

/**
 * Adopt the administrative act (APPC arts. 77-80); the signing official is the actor. {@code language}: the act's
 * (arts. 22, 89(2)); null means the appeal's language (not recorded if the appeal did not state one either).
 */
public record IssueAdministrativeAct(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String actId,
        String actNumber,
        ActNature nature,
        ActOutcome outcome,
        String summary,
        ComplaintRoute route,
        Language language) {

    public IssueAdministrativeAct(String appealId, Long expectedVersion, String actId, String actNumber,
                                  ActNature nature, ActOutcome outcome, String summary, ComplaintRoute route) {
        this(appealId, expectedVersion, actId, actNumber, nature, outcome, summary, route, null);
    }
}
