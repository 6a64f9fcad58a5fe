package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

/**
 * APPC arts. 63(1)-(2), 64(1): the appeal was accepted and registered although it lacks what art. 63 asks for (a
 * name, a postal address, a valid IIN/BIN where one was given); refusing it is forbidden, so each defect is recorded
 * here for the body to act on: in the administrative procedure a request to fix it within a reasonable period
 * (art. 64(6), then a return with reasons, 64(7)(1)); in the simplified procedure ({@code simplifiedProcedure}) the
 * termination of art. 88(1)(2). Each entry names the field and the article.
 */
public record AppealDefectsFound(
        String appealId,
        List<String> defects,
        LocalDate foundOn,
        boolean simplifiedProcedure,
        String legalBasis) implements AppealEvent {

    public AppealDefectsFound {
        defects = defects == null ? List.of() : List.copyOf(defects);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
