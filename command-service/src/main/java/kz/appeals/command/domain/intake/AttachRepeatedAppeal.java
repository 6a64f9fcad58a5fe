package kz.appeals.command.domain.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Attach this repeated appeal to the earlier case without an answer (APPC art. 64(8)). */
public record AttachRepeatedAppeal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String earlierAppealId,
        String reason) {
}
