package kz.appeals.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline with everything needed to reproduce and explain it: the rule and its article, the rule-set and
 * calendar versions, and a day-by-day explanation.
 */
public record DueDate(
        String rule,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate startsOn,
        LocalDate dueDate,
        String period,
        String legalBasis,
        boolean confirmedInCode,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation) {

    public DueDate {
        explanation = List.copyOf(explanation);
    }
}
