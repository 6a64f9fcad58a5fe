package kz.appeals.events;

import java.time.LocalDate;

/** An open deadline is near: {@code workingDaysLeft} working days remain up to and including {@code dueDate}. */
public record DeadlineWarningIssued(
        String appealId,
        String deadlineId,
        String timer,
        LocalDate dueDate,
        LocalDate warnedOn,
        int workingDaysLeft,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
