package kz.appeals.command.domain.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** This complaint is filed again after {@code earlierComplaintId} was left without consideration (APPC art. 95(3)). */
public record RecordComplaintRefiling(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String earlierComplaintId) {
}
