package kz.appeals.lifecycle;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A statutory period that is running. {@code legalBasis} is the article of the period as it was scheduled;
 * {@code dueDateBasis} the article under which the current due date was set: the same until a move, then the move's
 * (an extension's date is set under APPC art. 76(3), a correction pause's under art. 64(6)). {@code warned} holds the
 * working-days-left of the warnings already recorded.
 */
public record OpenDeadline(String timer, LocalDate startsOn, LocalDate dueDate, String legalBasis,
                           String dueDateBasis, boolean missed, Set<Integer> warned) {

    public OpenDeadline {
        warned = Set.copyOf(warned);
    }

    OpenDeadline warnedAt(int workingDaysLeft) {
        Set<Integer> all = new HashSet<>(warned);
        all.add(workingDaysLeft);
        return new OpenDeadline(timer, startsOn, dueDate, legalBasis, dueDateBasis, missed, all);
    }

    OpenDeadline markedMissed() {
        return new OpenDeadline(timer, startsOn, dueDate, legalBasis, dueDateBasis, true, warned);
    }

    /** A new due date is a new period to warn about and to miss. */
    OpenDeadline movedTo(LocalDate to, String basis) {
        return new OpenDeadline(timer, startsOn, to, legalBasis, basis, false, Set.of());
    }
}
