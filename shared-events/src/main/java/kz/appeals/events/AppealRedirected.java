package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 65: the whole appeal is outside the body's competence and goes to the competent body within 3 working days
 * of receipt ({@code redirectDueDate}; {@code late} if sent after it), with notice to the applicant. The review period
 * restarts the day after it reaches the competent body (art. 76(2)): a {@link DeadlineScheduled} REVIEW follows.
 */
public record AppealRedirected(
        String appealId,
        Addressee from,
        Addressee to,
        String reason,
        LocalDate redirectedOn,
        LocalDate arrivesOn,
        ComputedDate redirectDueDate,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
