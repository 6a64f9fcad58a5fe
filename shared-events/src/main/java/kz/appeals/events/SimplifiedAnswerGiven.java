package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

/**
 * APPC arts. 88-89: a request, proposal, response or report was answered in the simplified procedure: reasoned,
 * citing the law ({@code lawsCited}) and explaining the right to complain; or taken note of.
 */
public record SimplifiedAnswerGiven(
        String appealId,
        SimplifiedOutcome outcome,
        String answer,
        List<String> lawsCited,
        LocalDate answeredOn,
        String answeredBy,
        boolean late,
        String legalBasis) implements AppealEvent {

    public SimplifiedAnswerGiven {
        lawsCited = lawsCited == null ? List.of() : List.copyOf(lawsCited);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
