package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 74: the chair of the hearing accepted ({@code accepted}) or rejected the remarks on the protocol, with
 * reasons.
 */
public record ProtocolRemarksDecided(
        String appealId,
        boolean accepted,
        String reasons,
        LocalDate decidedOn,
        String decidedBy,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
