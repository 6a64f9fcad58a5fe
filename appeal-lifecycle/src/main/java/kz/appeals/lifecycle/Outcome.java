package kz.appeals.lifecycle;

import java.time.LocalDate;

import kz.appeals.events.ComputedDate;

/**
 * How the procedure ended, or the latest result it reached: what ({@code kind}, with {@code detail} such as the act's
 * or the complaint decision's outcome, or the ground), on which day, under which article, and the routes it opens with
 * their last day when the events carry them: the complaint window (APPC arts. 91-92) and the court window (art. 136).
 */
public record Outcome(Kind kind, String detail, LocalDate on, String legalBasis, ComputedDate complaintWindow,
                      ComputedDate courtWindow) {

    public enum Kind {
        /** A written administrative act (arts. 77-80). */
        ACT,
        /** An answer in the simplified procedure (arts. 88-89). */
        SIMPLIFIED_ANSWER,
        /** Returned to the applicant (art. 64(7)). */
        RETURNED,
        /** Attached to the earlier case as a repeat (art. 64(8)). */
        ATTACHED,
        /** Withdrawn by the applicant (art. 64(9)). */
        WITHDRAWN,
        /** Terminated (arts. 70, 88(1)). */
        TERMINATED,
        /** An anonymous appeal recorded and not considered (art. 64(7-2)). */
        NOT_CONSIDERED,
        /** A complaint left without consideration (arts. 95, 100(1)): not a decision on its merits. */
        LEFT_WITHOUT_CONSIDERATION,
        /** The challenged body satisfied the complaint itself (art. 91(4)). */
        COMPLAINT_SATISFIED,
        /** The review body decided the complaint (art. 100(1)). */
        COMPLAINT_DECIDED,
        /** The review period expired without a decision (arts. 91(2), 100(5)). */
        DEEMED_REFUSAL
    }

    static Outcome of(Kind kind, String detail, LocalDate on, String legalBasis) {
        return new Outcome(kind, detail, on, legalBasis, null, null);
    }
}
