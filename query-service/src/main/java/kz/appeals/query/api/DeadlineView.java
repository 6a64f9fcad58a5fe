package kz.appeals.query.api;

import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/**
 * A deadline the body owes. {@code status}: RUNNING, OVERDUE (open, past its day), MET or MISSED (closed on time or
 * late). {@code workingDaysLeft} is counted from today while it is open, negative when overdue.
 */
public record DeadlineView(
        String deadlineId,
        String timer,
        String status,
        LocalDate startsOn,
        LocalDate dueDate,
        Integer workingDaysLeft,
        String period,
        String legalBasis,
        String ruleSetVersion,
        String calendarVersion,
        LocalDate lastWarningOn,
        LocalDate missedOn,
        LocalDate closedOn,
        String closedReason,
        List<ExplanationStep> explanation) {
}
