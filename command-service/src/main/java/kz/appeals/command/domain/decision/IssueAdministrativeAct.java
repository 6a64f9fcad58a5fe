package kz.appeals.command.domain.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.ComplaintRoute;

/**
 * Adopt the administrative act (APPC arts. 77-80); the signing official is the actor. {@code executeBy}: the last day
 * of execution the act states (or a law gives it), in place of the 5 working days of art. 86(3); null if it states
 * none.
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
        LocalDate executeBy) {

    /** An act that states no execution period of its own: art. 86(3)'s 5 working days apply. */
    public IssueAdministrativeAct(String appealId, Long expectedVersion, String actId, String actNumber,
                                  ActNature nature, ActOutcome outcome, String summary, ComplaintRoute route) {
        this(appealId, expectedVersion, actId, actNumber, nature, outcome, summary, route, null);
    }
}
