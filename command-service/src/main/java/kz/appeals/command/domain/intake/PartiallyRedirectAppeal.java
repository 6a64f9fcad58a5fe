package kz.appeals.command.domain.intake;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.Addressee;

/** Send a part of the appeal to the competent body as the child appeal {@code childAppealId} (APPC art. 65). */
public record PartiallyRedirectAppeal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String childAppealId,
        Addressee to,
        String part,
        String reason,
        LocalDate arrivesOn) {
}
