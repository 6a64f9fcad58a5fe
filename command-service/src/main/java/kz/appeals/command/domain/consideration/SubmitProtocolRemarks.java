package kz.appeals.command.domain.consideration;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The participant's remarks on the signed hearing protocol (APPC art. 74); {@code readOn}: when they read it. */
public record SubmitProtocolRemarks(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String remarks,
        LocalDate readOn) {
}
