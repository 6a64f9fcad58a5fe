package kz.appeals.events;

import java.time.LocalDate;

/** APPC art. 91(4): instead of forwarding it, the body whose act is challenged satisfied the complaint in full. */
public record ComplaintSatisfiedByChallengedBody(
        String appealId,
        String decision,
        LocalDate decidedOn,
        String decidedBy,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
