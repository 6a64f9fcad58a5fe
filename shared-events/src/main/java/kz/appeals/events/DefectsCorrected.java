package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 64(6): the applicant fixed the defects; consideration resumes. The review period is moved on by the
 * {@code pausedWorkingDays} it stood still (a {@link DeadlineMoved} with cause CORRECTION_PAUSE follows).
 */
public record DefectsCorrected(
        String appealId,
        LocalDate correctedOn,
        String description,
        int pausedWorkingDays,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
