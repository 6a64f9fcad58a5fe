package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

/**
 * APPC arts. 88-89: a request, proposal, response or report was answered in the simplified procedure: reasoned,
 * citing the law ({@code lawsCited}) and explaining the right to complain; or taken note of. {@code language}
 * (optional field, arts. 22, 89(2)) is the answer's: the state language or the appeal's; null in events recorded
 * before it existed.
 */
public record SimplifiedAnswerGiven(
        String appealId,
        SimplifiedOutcome outcome,
        String answer,
        List<String> lawsCited,
        LocalDate answeredOn,
        String answeredBy,
        boolean late,
        String legalBasis,
        Language language) implements AppealEvent {

    public SimplifiedAnswerGiven {
        lawsCited = lawsCited == null ? List.of() : List.copyOf(lawsCited);
    }

    /** An answer recorded before its language was (events of before issue 12). */
    public SimplifiedAnswerGiven(String appealId, SimplifiedOutcome outcome, String answer, List<String> lawsCited,
                                 LocalDate answeredOn, String answeredBy, boolean late, String legalBasis) {
        this(appealId, outcome, answer, lawsCited, answeredOn, answeredBy, late, legalBasis, null);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
