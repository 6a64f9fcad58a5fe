package kz.appeals.events;

/**
 * APPC art. 96: the act {@code actId} states that a complaint does not suspend its execution, naming the case of the
 * exception ({@code exception}: the provision of art. 96 or of a law) and its reasons. A later complaint then records
 * no {@code ActExecutionSuspended}.
 */
public record SuspensionExceptionStated(
        String appealId,
        String actId,
        String exception,
        String reasons,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
