package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/**
 * APPC art. 76(3): the review period was extended by a motivated decision of the head, a deputy head or the chief of
 * staff ({@code decidedByPosition}), to {@code newDueDate}, never beyond {@code cap} (2 months from the decision). The
 * applicant is notified within 3 working days (a {@link DeadlineScheduled} EXTENSION_NOTICE follows). Not for
 * complaints (art. 99).
 */
public record ReviewPeriodExtended(
        String appealId,
        String decidedBy,
        String decidedByPosition,
        String motivation,
        LocalDate decidedOn,
        LocalDate previousDueDate,
        LocalDate newDueDate,
        ComputedDate cap,
        String legalBasis,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation) implements AppealEvent {

    public ReviewPeriodExtended {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
