package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 171(1): the court decision was sent to the defendant body for execution; it executes within 1 month
 * (a {@link DeadlineScheduled} COURT_DECISION_EXECUTION follows).
 */
public record CourtDecisionSentForExecution(
        String appealId,
        LocalDate sentOn,
        String sentTo,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
