package kz.appeals.command.domain.deadlines;

import java.time.LocalDate;

/**
 * What the deadline manager hands back to the appeal when a warning or an expiry is due. {@code workingDaysLeft} is 0
 * for the expiry. A trigger whose due date is no longer the deadline's (it moved) or whose deadline closed is stale
 * and ignored, so nothing needs cancelling when a deadline closes or moves.
 */
public record DeadlineTrigger(String timer, LocalDate dueDate, int workingDaysLeft, LocalDate on) {

    public static final String NAME = "statutory-deadline";

    public boolean expiry() {
        return workingDaysLeft == 0;
    }
}
