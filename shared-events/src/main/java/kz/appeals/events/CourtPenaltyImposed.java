package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 127: the court fined the body that did not execute its decision in time. The amount is whole tenge (a
 * long, so that no JSON reader turns it into a floating-point number). Art. 127(5): with the penalty the court sets a
 * new period to execute, {@code newExecutionDueDate}, which replaces the missed COURT_DECISION_EXECUTION deadline;
 * null in events recorded before it was added.
 */
public record CourtPenaltyImposed(
        String appealId,
        String court,
        long amountKzt,
        String reasons,
        LocalDate imposedOn,
        String legalBasis,
        LocalDate newExecutionDueDate) implements AppealEvent {

    /** A penalty recorded before art. 127(5)'s new period was recorded. */
    public CourtPenaltyImposed(String appealId, String court, long amountKzt, String reasons, LocalDate imposedOn,
                               String legalBasis) {
        this(appealId, court, amountKzt, reasons, imposedOn, legalBasis, null);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
