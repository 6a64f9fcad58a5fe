package kz.appeals.events;

import java.time.LocalDate;

/** APPC art. 96: a complaint against the act of this appeal was filed, which suspends the act's execution. */
public record ActExecutionSuspended(
        String appealId,
        String actId,
        String complaintAppealId,
        LocalDate suspendedOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
