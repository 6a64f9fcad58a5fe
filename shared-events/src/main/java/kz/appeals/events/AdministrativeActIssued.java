package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC arts. 77, 78, 80(5): the body adopted a written administrative act, naming the complaint body, period and route
 * ({@code route}). {@code issuedBy} is the official who signed it; under art. 97(2) that official may not review a
 * complaint against it. {@code language} (optional field, arts. 22, 89(2)) is the act's: the state language or the
 * appeal's; null in events recorded before it existed.
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
        String legalBasis,
        Language language) implements AppealEvent {

    /** An act recorded before its language was (events of before issue 12). */
    public AdministrativeActIssued(String appealId, String actId, String actNumber, ActNature nature,
                                   ActOutcome outcome, String summary, LocalDate issuedOn, String issuedBy,
                                   String bodyId, ComplaintRoute route, boolean late, String legalBasis) {
        this(appealId, actId, actNumber, nature, outcome, summary, issuedOn, issuedBy, bodyId, route, late,
                legalBasis, null);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
