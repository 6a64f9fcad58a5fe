package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 75(1) (art. 98(5) for a complaint): a participant asked to see the case file; access is due by
 * {@code accessDueBy} (3 working days), scheduled as the CASE_FILE_ACCESS deadline.
 */
public record CaseFileAccessRequested(
        String appealId,
        String requestedBy,
        String requesterName,
        String scope,
        LocalDate requestedOn,
        ComputedDate accessDueBy,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
