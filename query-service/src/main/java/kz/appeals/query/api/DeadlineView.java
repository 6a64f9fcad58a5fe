package kz.appeals.query.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import kz.appeals.clock.ExplanationStep;

/**
 * A deadline the body owes. {@code status}: RUNNING, OVERDUE (open, past its day), MET or MISSED (closed on time or
 * late). {@code workingDaysLeft} is counted from today while it is open, negative when overdue. {@code explanation} is
 * in an appeal's detail only (the stored JSON as it is); lists such as the dashboard answer null
 * (issue 13 item 6).
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
        @ArraySchema(schema = @Schema(implementation = ExplanationStep.class))
        ExplanationJson explanation) {
}
