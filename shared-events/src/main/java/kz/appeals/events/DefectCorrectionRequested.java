package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

/**
 * APPC art. 64(6): the applicant is told what the appeal lacks (art. 63) and given a reasonable period to fix it, up
 * to and including {@code fixBy}. The review period does not run meanwhile (see {@link DefectsCorrected}).
 */
public record DefectCorrectionRequested(
        String appealId,
        List<String> defects,
        LocalDate requestedOn,
        LocalDate fixBy,
        String legalBasis) implements AppealEvent {

    public DefectCorrectionRequested {
        defects = defects == null ? List.of() : List.copyOf(defects);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
