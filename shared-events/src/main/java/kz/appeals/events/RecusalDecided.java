package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 67: the superior official granted or refused the recusal; the participant is notified within 2
 * working days (RECUSAL_NOTICE). {@code late} when after the 3 working days.
 */
public record RecusalDecided(
        String appealId,
        String officialId,
        boolean granted,
        String reasons,
        LocalDate decidedOn,
        String decidedBy,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
