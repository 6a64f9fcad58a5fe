package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 74: the protocol of the oral hearing was signed; {@code late} when after the 2 working days from the
 * hearing.
 */
public record HearingProtocolSigned(
        String appealId,
        LocalDate heardOn,
        LocalDate signedOn,
        String signedBy,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
