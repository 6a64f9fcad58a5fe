package kz.appeals.events;

import java.time.LocalDate;

/**
 * The last day of a deadline passed with the deadline still open. {@code missedOn} is the first day after
 * {@code dueDate}. The deadline stays open: the body must still act, and a later act closes it as late.
 */
public record DeadlineMissed(
        String appealId,
        String deadlineId,
        String timer,
        LocalDate dueDate,
        LocalDate missedOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
