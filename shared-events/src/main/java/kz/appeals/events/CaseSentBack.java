package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

/**
 * APPC art. 100(2): the review body sent the case back to this appeal's body listing the violations; the body deals
 * with it within 5 working days (a {@link DeadlineScheduled} CASE_SENT_BACK follows).
 */
public record CaseSentBack(
        String appealId,
        String complaintAppealId,
        List<String> violations,
        LocalDate sentBackOn,
        String legalBasis) implements AppealEvent {

    public CaseSentBack {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
