package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 127: the court fined the body that did not execute its decision in time. The amount is whole tenge (a
 * long, so that no JSON reader turns it into a floating-point number).
 */
public record CourtPenaltyImposed(
        String appealId,
        String court,
        long amountKzt,
        String reasons,
        LocalDate imposedOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
