package kz.appeals.command.domain.decision;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.Language;
import kz.appeals.events.SimplifiedOutcome;

/**
 * Answer in the simplified procedure, or take note (APPC arts. 88-89). {@code language}: the answer's (arts. 22,
 * 89(2)); null means the appeal's language (not recorded if the appeal did not state one either).
 */
public record GiveSimplifiedAnswer(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        SimplifiedOutcome outcome,
        String answer,
        List<String> lawsCited,
        Language language) {

    public GiveSimplifiedAnswer(String appealId, Long expectedVersion, SimplifiedOutcome outcome, String answer,
                                List<String> lawsCited) {
        this(appealId, expectedVersion, outcome, answer, lawsCited, null);
    }
}
