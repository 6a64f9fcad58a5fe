package kz.appeals.command.domain.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.Language;

/**
 * Adopt the administrative act (APPC arts. 77-80); the signing official is the actor. {@code language}: the act's
 * (arts. 22, 89(2)); null means the appeal's language (not recorded if the appeal did not state one either).
 * {@code executeBy}: the last day of execution the act states (or a law gives it), in place of the 5 working days of
 * art. 86(3); null if it states none.
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
        Language language,
        LocalDate executeBy) {

    /** An act that states no execution period of its own: art. 86(3)'s 5 working days apply. */
    public IssueAdministrativeAct(String appealId, Long expectedVersion, String actId, String actNumber,
                                  ActNature nature, ActOutcome outcome, String summary, ComplaintRoute route) {
        this(appealId, expectedVersion, actId, actNumber, nature, outcome, summary, route, null, null);
    }

    /** An act in the given language that states no execution period of its own. */
    public IssueAdministrativeAct(String appealId, Long expectedVersion, String actId, String actNumber,
                                  ActNature nature, ActOutcome outcome, String summary, ComplaintRoute route,
                                  Language language) {
        this(appealId, expectedVersion, actId, actNumber, nature, outcome, summary, route, language, null);
    }

    /** An act that states its own last day of execution, in the appeal's language. */
    public IssueAdministrativeAct(String appealId, Long expectedVersion, String actId, String actNumber,
                                  ActNature nature, ActOutcome outcome, String summary, ComplaintRoute route,
                                  LocalDate executeBy) {
        this(appealId, expectedVersion, actId, actNumber, nature, outcome, summary, route, null, executeBy);
    }
}
