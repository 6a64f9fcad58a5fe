package kz.appeals.events;

/**
 * APPC art. 64(8): a repeated appeal (after a return, or after a decision, with nothing new) is attached to the
 * earlier case and not answered. {@code appealId} is the repeated appeal.
 */
public record RepeatedAppealAttached(
        String appealId,
        String earlierAppealId,
        String earlierRegistrationNumber,
        String reason,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
