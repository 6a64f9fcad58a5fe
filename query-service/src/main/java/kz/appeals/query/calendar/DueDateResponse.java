package kz.appeals.query.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/** The review due date of an appeal of {@code kind} received at {@code receivedAt}, and how it was reached. */
public record DueDateResponse(
        String kind,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate reviewStartsOn,
        LocalDate dueDate,
        String period,
        String legalBasis,
        boolean confirmedInCode,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation) {
}
