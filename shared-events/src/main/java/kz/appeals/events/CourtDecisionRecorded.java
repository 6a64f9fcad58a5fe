package kz.appeals.events;

import java.time.LocalDate;

/**
 * The court decided the claim; once in force ({@code inForceOn}) a decision against the body is sent for execution
 * within 3 working days (APPC art. 171(1): a {@link DeadlineScheduled} COURT_DECISION_SENDING follows).
 */
public record CourtDecisionRecorded(
        String appealId,
        String court,
        String caseNumber,
        CourtOutcome outcome,
        String summary,
        LocalDate decidedOn,
        LocalDate inForceOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
