package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 65: a part of the appeal is outside the body's competence; that part goes to the competent body as a child
 * appeal ({@code childAppealId}, filed with {@code AppealFiled.parentAppealId}) with its own number and clock, which
 * starts the day after it arrives (art. 76(2)). The rest stays here with its period unchanged.
 */
public record AppealPartiallyRedirected(
        String appealId,
        String childAppealId,
        Addressee to,
        String part,
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
