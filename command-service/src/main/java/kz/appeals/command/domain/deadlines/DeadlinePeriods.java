package kz.appeals.command.domain.deadlines;

import java.util.Optional;

import kz.appeals.clock.ProceduralTimer;
import kz.appeals.events.DeadlineTimer;

/**
 * Which period of the statutory clock each scheduled deadline runs on. The two enums are separate vocabularies (the
 * clock's periods, the events' deadlines) and are matched here by an explicit, exhaustive switch, never by constant
 * name: renaming a constant on either side, or adding a deadline, is a compile error here instead of a silent change
 * of what a calendar reload recomputes.
 */
public final class DeadlinePeriods {

    private DeadlinePeriods() {
    }

    /**
     * The procedural period a deadline counts, or empty when its date is not one fixed procedural period: the review
     * period depends on the appeal's kind and redirects (art. 76, {@code StatutoryClock#reviewDueDate}); the period to
     * fix defects is set by the body's decision (art. 64(6)); an anonymous report of a crime or threat is redirected
     * on the day it is registered (art. 64(7-2)), no period at all.
     */
    public static Optional<ProceduralTimer> procedural(DeadlineTimer deadline) {
        return Optional.ofNullable(switch (deadline) {
            case REVIEW, DEFECT_CORRECTION, ANONYMOUS_REPORT_REDIRECT -> null;
            case RETURN -> ProceduralTimer.RETURN;                                   // art. 64(7)
            case EXTENSION_NOTICE -> ProceduralTimer.EXTENSION_NOTICE;               // art. 76(3)
            case TERMINATION_NOTICE -> ProceduralTimer.TERMINATION_NOTICE;           // art. 70
            case LEAVE_WITHOUT_CONSIDERATION_NOTICE -> ProceduralTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE; // art. 95
            case COMPLAINT_FORWARDING -> ProceduralTimer.COMPLAINT_FORWARDING;       // art. 91(4)
            case CASE_SENT_BACK -> ProceduralTimer.CASE_SENT_BACK;                   // art. 100(2)
            case COURT_DECISION_SENDING -> ProceduralTimer.COURT_DECISION_SENDING;   // art. 171(1)
            case COURT_DECISION_EXECUTION -> ProceduralTimer.COURT_DECISION_EXECUTION; // art. 171
        });
    }

    /** The deadline an event's {@code timer} string names, or empty for a name this build does not know. */
    public static Optional<DeadlineTimer> named(String timer) {
        for (DeadlineTimer deadline : DeadlineTimer.values()) {
            if (deadline.name().equals(timer)) {
                return Optional.of(deadline);
            }
        }
        return Optional.empty();
    }
}
