package kz.appeals.events;

import java.time.LocalDate;

/**
 * The procedure ended without a decision on the merits, on a ground of APPC art. 70 (participant notified within
 * 3 working days: a {@link DeadlineScheduled} TERMINATION_NOTICE follows) or of art. 88(1) in the simplified procedure.
 */
public record ProcedureTerminated(
        String appealId,
        TerminationGround ground,
        String reasons,
        LocalDate terminatedOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
