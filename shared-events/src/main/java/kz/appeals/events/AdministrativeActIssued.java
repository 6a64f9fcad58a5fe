package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC arts. 77, 78, 80(5): the body adopted a written administrative act, naming the complaint body, period and route
 * ({@code route}). {@code issuedBy} is the official who signed it; under art. 97(2) that official may not review a
 * complaint against it.
 */
public record AdministrativeActIssued(
        String appealId,
        String actId,
        String actNumber,
        ActNature nature,
        ActOutcome outcome,
        String summary,
        LocalDate issuedOn,
        String issuedBy,
        String bodyId,
        ComplaintRoute route,
        boolean late,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
