package kz.appeals.command.domain.complaint;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ComplaintOutcome;

/** The review body decides the complaint (APPC art. 100(1)); the deciding official is the actor. */
public record DecideComplaint(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        ComplaintOutcome outcome,
        String reasons,
        List<String> violations) {
}
