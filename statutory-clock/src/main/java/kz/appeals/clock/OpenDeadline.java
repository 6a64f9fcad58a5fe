package kz.appeals.clock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A running review period, as the command side knows it, to be re-checked against a new calendar.
 *
 * @param arrivedAtCompetentBody for a redirected appeal (or a part split off to another body), the day it reached the
 *                               competent body: the period runs from the day after (APPC art. 76(2)); else null
 * @param fixedByDecision        the due date was fixed by a decision (an extension, APPC art. 76(3)) rather than counted
 *                               by a rule: a new calendar only rolls it forward if it became a day off (art. 76(5))
 */
public record OpenDeadline(String id, AppealKind kind, Instant receivedAt, LocalDate registeredOn,
                           LocalDate currentDueDate, LocalDate arrivedAtCompetentBody, boolean fixedByDecision) {

    /** A deadline counted from registration (or receipt, under the old rule set), neither redirected nor extended. */
    public OpenDeadline(String id, AppealKind kind, Instant receivedAt, LocalDate registeredOn,
                        LocalDate currentDueDate) {
        this(id, kind, receivedAt, registeredOn, currentDueDate, null, false);
    }
}
