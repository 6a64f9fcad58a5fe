package kz.appeals.command.domain.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A complaint against this appeal's act was filed: suspend its execution (APPC art. 96). */
public record SuspendActExecution(
        @TargetAggregateIdentifier String appealId,
        String complaintAppealId) {
}
