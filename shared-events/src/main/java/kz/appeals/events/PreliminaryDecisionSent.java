package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 73: the participant is sent the preliminary decision and may object and ask for an oral hearing within
 * 2 working days of receiving it ({@code objectionsUntil}); the act may not be issued before {@code earliestActOn},
 * the third working day after sending.
 */
public record PreliminaryDecisionSent(
        String appealId,
        ActNature nature,
        String summary,
        LocalDate sentOn,
        LocalDate receivedOn,
        ComputedDate objectionsUntil,
        ComputedDate earliestActOn,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
