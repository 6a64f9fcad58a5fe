package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

/**
 * APPC arts. 100-101: the review body decided the complaint with one of the outcomes of art. 100(1), in writing,
 * reasoned if refused, copied to the body whose act was challenged. {@code violations} are listed when the case is
 * sent back (art. 100(2)). {@code language} (optional field, arts. 22, 89(2)) is the decision's: the state language or
 * the complaint's; null in events recorded before it existed.
 */
public record ComplaintDecided(
        String appealId,
        String challengedAppealId,
        ComplaintOutcome outcome,
        String reasons,
        List<String> violations,
        LocalDate decidedOn,
        String decidedBy,
        String reviewBodyId,
        boolean late,
        String legalBasis,
        Language language) implements AppealEvent {

    /** A decision recorded before its language was (events of before issue 12). */
    public ComplaintDecided(String appealId, String challengedAppealId, ComplaintOutcome outcome, String reasons,
                            List<String> violations, LocalDate decidedOn, String decidedBy, String reviewBodyId,
                            boolean late, String legalBasis) {
        this(appealId, challengedAppealId, outcome, reasons, violations, decidedOn, decidedBy, reviewBodyId, late,
                legalBasis, null);
    }

    public ComplaintDecided {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
