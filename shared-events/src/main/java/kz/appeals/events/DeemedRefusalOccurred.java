package kz.appeals.events;

import java.time.LocalDate;

/**
 * The review period expired without a decision, which counts as a refusal from the day it expired (APPC art. 91(2);
 * for a complaint art. 100(5)). It opens the next route: {@code opens} is COMPLAINT (art. 91-92) or COURT
 * (art. 136(6)), open until {@code routeOpenUntil.date()}.
 */
public record DeemedRefusalOccurred(
        String appealId,
        String deadlineId,
        LocalDate expiredOn,
        String opens,
        ComputedDate routeOpenUntil,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
