package kz.appeals.command.domain.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.Addressee;

/** Send the complaint with the case file to the review body (APPC art. 91(4)). */
public record ForwardComplaint(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        Addressee reviewBody,
        boolean caseFileAttached) {
}
