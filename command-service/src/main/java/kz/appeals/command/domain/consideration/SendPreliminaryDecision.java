package kz.appeals.command.domain.consideration;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.ActNature;

/** Send the participant the preliminary decision (APPC art. 73); {@code receivedOn} defaults to the day it is sent. */
public record SendPreliminaryDecision(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        ActNature nature,
        String summary,
        LocalDate receivedOn) {
}
