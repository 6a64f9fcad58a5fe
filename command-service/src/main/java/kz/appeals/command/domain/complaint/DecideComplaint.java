package kz.appeals.command.domain.complaint;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.Language;

/**
 * The review body decides the complaint (APPC art. 100(1)); the deciding official is the actor. {@code language} is
 * the decision's (arts. 22, 89(2)): the state language or the complaint's; null means the complaint's.
 */
public record DecideComplaint(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        ComplaintOutcome outcome,
        String reasons,
        List<String> violations,
        Language language) {

    /** A decision in the complaint's language. */
    public DecideComplaint(String appealId, Long expectedVersion, ComplaintOutcome outcome, String reasons,
                           List<String> violations) {
        this(appealId, expectedVersion, outcome, reasons, violations, null);
    }
}
