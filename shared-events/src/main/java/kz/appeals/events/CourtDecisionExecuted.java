package kz.appeals.events;

import java.time.LocalDate;

/** APPC art. 171: the defendant body executed the court decision and reported it to the court. */
public record CourtDecisionExecuted(
        String appealId,
        LocalDate executedOn,
        String report,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
