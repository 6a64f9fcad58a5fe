package kz.appeals.command.domain.court;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.CourtOutcome;

/** Record the court's decision and the day it entered into force. */
public record RecordCourtDecision(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String court,
        String caseNumber,
        CourtOutcome outcome,
        String summary,
        LocalDate decidedOn,
        LocalDate inForceOn) {
}
