package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 64(7-2): an appeal whose author cannot be known (no name and no IIN/BIN) was recorded. It is not
 * considered, unless it reports a crime or a threat to security ({@code reportsCrimeOrThreat}): such a report is
 * accepted and redirected to the competent body immediately, on the day of registration.
 */
public record AnonymousAppealRecorded(
        String appealId,
        LocalDate recordedOn,
        boolean reportsCrimeOrThreat,
        String legalBasis) implements AppealEvent {

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
