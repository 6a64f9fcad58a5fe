package kz.appeals.command.domain.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import kz.appeals.clock.ExplanationStep;

/** Move an open deadline because a new calendar version changed a working day. */
public record MoveDeadlineForCalendar(
        @TargetAggregateIdentifier String appealId,
        String timer,
        LocalDate from,
        LocalDate to,
        String reason,
        String calendarVersion,
        List<ExplanationStep> explanation) {
}
