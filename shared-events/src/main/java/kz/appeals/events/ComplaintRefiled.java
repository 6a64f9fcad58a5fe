package kz.appeals.events;

/**
 * APPC art. 95(3): this complaint is filed again after {@code earlierComplaintId} was left without consideration
 * ({@code earlierGround}); it is considered as a complaint of its own.
 */
public record ComplaintRefiled(
        String appealId,
        String earlierComplaintId,
        String earlierRegistrationNumber,
        LeaveWithoutConsiderationGround earlierGround,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
