package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 92(2): the missed period to file this complaint was restored for a good reason ({@code reason}), by the
 * official {@code restoredBy} of the body considering it.
 */
public record ComplaintFilingPeriodRestored(
        String appealId,
        String reason,
        LocalDate restoredOn,
        String restoredBy,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
