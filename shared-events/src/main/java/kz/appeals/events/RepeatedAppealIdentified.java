package kz.appeals.events;

import java.time.LocalDate;

/**
 * The body found that this appeal repeats {@code earlierAppealId} of the same applicant at the same body, with or
 * without new arguments, and what follows ({@code consequence}: APPC arts. 64(7)(2), 64(8), 70(1)(1), 70(5)). A RETURN
 * is followed by a {@code DeadlineScheduled} RETURN counted from registration; an ATTACH by
 * {@code RepeatedAppealAttached}; a TERMINATE by {@code ProcedureTerminated}.
 */
public record RepeatedAppealIdentified(
        String appealId,
        String earlierAppealId,
        String earlierRegistrationNumber,
        boolean newArguments,
        RepeatConsequence consequence,
        LocalDate identifiedOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
