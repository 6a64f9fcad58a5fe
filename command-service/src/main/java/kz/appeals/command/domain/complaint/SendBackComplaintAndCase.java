package kz.appeals.command.domain.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The review body, having decided to send the case back, sends the complaint and the case file to the body whose act
 * was challenged (APPC art. 100(2)); {@code caseFileAttached} says the file goes with it.
 */
public record SendBackComplaintAndCase(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        boolean caseFileAttached) {
}
