package kz.appeals.command.domain.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the applicant fixed the defects (APPC art. 64(6)). */
public record CorrectDefects(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String description) {
}
