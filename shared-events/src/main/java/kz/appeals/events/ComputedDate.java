package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.ExplanationStep;

/**
 * A date the statutory clock computed, with what reproduces and explains it: the period, its article, the rule-set and
 * calendar versions and the day-by-day explanation. Used inside events whose main subject is not the date itself.
 */
public record ComputedDate(
        LocalDate startsOn,
        LocalDate date,
        String period,
        String legalBasis,
        boolean confirmedInCode,
        String ruleSetVersion,
        String calendarVersion,
        List<ExplanationStep> explanation) {

    public ComputedDate {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    public static ComputedDate of(DueDate due) {
        return new ComputedDate(due.startsOn(), due.dueDate(), due.period(), due.legalBasis(), due.confirmedInCode(),
                due.ruleSetVersion(), due.calendarVersion(), due.explanation());
    }
}
