package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/**
 * A statutory clock started (or, for an id already open, was replaced: a full redirect restarts the review period at
 * the competent body, art. 76(2)). {@code deadlineId} is {@code appealId:timer} and stays the same through warnings,
 * moves, expiry and closing. {@code warningDays} are the days a {@link DeadlineWarningIssued} will be recorded on.
 */
public record DeadlineScheduled(
        String appealId,
        String deadlineId,
        String timer,
        LocalDate startsOn,
        LocalDate dueDate,
        String period,
        String legalBasis,
        boolean confirmedInCode,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation,
        List<LocalDate> warningDays) implements AppealEvent {

    public DeadlineScheduled {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        warningDays = warningDays == null ? List.of() : List.copyOf(warningDays);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
