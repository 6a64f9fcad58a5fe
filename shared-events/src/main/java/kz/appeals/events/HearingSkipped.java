package kz.appeals.events;

/** APPC art. 73: the hearing was not held, for the statutory reason given (an urgency's reasons go into the act). */
public record HearingSkipped(
        String appealId,
        HearingSkipReason reason,
        String details,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
