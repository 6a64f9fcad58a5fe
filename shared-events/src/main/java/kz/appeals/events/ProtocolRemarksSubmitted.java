package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 74: the participant's remarks on the hearing protocol, within 3 working days of reading it
 * ({@code remarksUntil}); {@code late} remarks are recorded, never refused.
 */
public record ProtocolRemarksSubmitted(
        String appealId,
        String remarks,
        LocalDate readOn,
        LocalDate submittedOn,
        ComputedDate remarksUntil,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
