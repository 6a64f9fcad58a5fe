package kz.appeals.command.domain.intake;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.Addressee;

/** Send the whole appeal to the competent body (APPC art. 65), where it arrives on {@code arrivesOn}. */
public record RedirectAppeal(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        Addressee to,
        String reason,
        LocalDate arrivesOn) {
}
