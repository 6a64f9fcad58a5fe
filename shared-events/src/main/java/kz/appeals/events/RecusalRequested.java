package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 67: recusal of an official ({@code officialId}) was requested on {@code grounds}; {@code selfRecusal} when the
 * official asked it. The superior official decides within 3 working days (RECUSAL_DECISION).
 */
public record RecusalRequested(
        String appealId,
        String officialId,
        String grounds,
        boolean selfRecusal,
        String requestedBy,
        LocalDate requestedOn,
        ComputedDate decisionDueBy,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
