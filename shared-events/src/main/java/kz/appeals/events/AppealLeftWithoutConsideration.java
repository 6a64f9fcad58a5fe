package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC arts. 95, 100(1): the complaint is left without consideration; the complainant is notified within 3 working
 * days (a {@link DeadlineScheduled} LEAVE_WITHOUT_CONSIDERATION_NOTICE follows).
 */
public record AppealLeftWithoutConsideration(
        String appealId,
        LeaveWithoutConsiderationGround ground,
        String reasons,
        LocalDate decidedOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
