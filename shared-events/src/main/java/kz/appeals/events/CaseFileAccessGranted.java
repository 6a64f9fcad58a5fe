package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 75(1): the participant was given access to the case file ({@code means}: how); {@code withheld} names
 * what was kept back and why (secrets protected by law), null if nothing; {@code late} when after the 3 working days.
 */
public record CaseFileAccessGranted(
        String appealId,
        LocalDate grantedOn,
        String means,
        String withheld,
        String grantedBy,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
