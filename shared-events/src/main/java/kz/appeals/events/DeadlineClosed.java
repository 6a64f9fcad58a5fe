package kz.appeals.events;

import java.time.LocalDate;

/**
 * A deadline stopped running: what it waited for happened ({@code met} tells whether on or before the due date), or
 * the procedure ended another way (withdrawn, returned, redirected ...). {@code reason} names the event that closed it.
 */
public record DeadlineClosed(
        String appealId,
        String deadlineId,
        String timer,
        LocalDate dueDate,
        LocalDate closedOn,
        boolean met,
        String reason,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
