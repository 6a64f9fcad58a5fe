package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/**
 * An open deadline has a new due date. {@code cause}: EXTENSION (art. 76(3)), CORRECTION_PAUSE (art. 64(6): the
 * review period does not run while the applicant fixes defects) or CALENDAR_CHANGE (a new calendar version moved a
 * day off); {@code reason} says which days changed and which rule was applied.
 */
public record DeadlineMoved(
        String appealId,
        String deadlineId,
        String timer,
        LocalDate from,
        LocalDate to,
        String cause,
        String reason,
        String legalBasis,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation,
        List<LocalDate> warningDays) implements AppealEvent {

    public DeadlineMoved {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        warningDays = warningDays == null ? List.of() : List.copyOf(warningDays);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
