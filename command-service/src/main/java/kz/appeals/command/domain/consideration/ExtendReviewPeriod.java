package kz.appeals.command.domain.consideration;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Extend the review period to {@code newDueDate} by a motivated decision (APPC art. 76(3)); the deciding official is the actor. */
public record ExtendReviewPeriod(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        ExtensionAuthority decidedByPosition,
        String motivation,
        LocalDate newDueDate) {
}
