package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 64(7): the appeal is returned to the applicant with reasons, within 3 working days. Never for a report of
 * a crime or a threat to security (art. 64(7-2)): those are redirected at once.
 */
public record AppealReturned(
        String appealId,
        ReturnGround ground,
        String reasons,
        LocalDate returnedOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
