package kz.appeals.events;

import java.time.LocalDate;

/** APPC art. 73: the participant objected to the preliminary decision and may have asked for an oral hearing. */
public record ObjectionsReceived(
        String appealId,
        String objections,
        boolean oralHearingRequested,
        LocalDate receivedOn,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
