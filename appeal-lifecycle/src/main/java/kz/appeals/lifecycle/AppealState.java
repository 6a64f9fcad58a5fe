package kz.appeals.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** The stage of an appeal's procedure; the transitions are {@link AppealLifecycle}'s, drawn in docs/lifecycle.md. */
public enum AppealState {
    FILED,
    /** Registered with a talon (art. 64(2)-(3)), waiting for an executor. */
    REGISTERED,
    /** The applicant was asked to fix defects (art. 64(6)); the review period stands still. */
    AWAITING_CORRECTION,
    /** Returned with reasons (art. 64(7)); the procedure is then terminated (art. 70). */
    RETURNED,
    /** A repeated appeal attached to the earlier case without an answer (art. 64(8)). Final. */
    ATTACHED,
    /** Withdrawn in writing (art. 64(9)); the procedure is then terminated (art. 70). */
    WITHDRAWN,
    /** Sent in full to the competent body (art. 65), waiting for an executor there. */
    REDIRECTED,
    /** An executor is considering it. */
    IN_REVIEW,
    /** The preliminary decision was sent; objections and the hearing (art. 73) are under way. */
    HEARING,
    /** A complaint went with the case file to the review body (art. 91(4)). */
    FORWARDED,
    /** Decided: an administrative act, a simplified answer, or a complaint decision. */
    DECIDED,
    /** Terminated on a ground of art. 70 or 88(1). Final. */
    TERMINATED,
    /** An anonymous appeal, recorded and not considered (art. 64(7-2)). Final. */
    NOT_CONSIDERED,
    /** A complaint left without consideration (arts. 95, 100(1)). */
    LEFT_WITHOUT_CONSIDERATION,
    /** A claim was filed in court (art. 136). */
    IN_COURT,
    /** The court decided. */
    COURT_DECIDED,
    /** The court decision was executed (art. 171). Final. */
    COURT_DECISION_EXECUTED;

    /** The stages in which the body is still to decide, and the review period runs (or stands still). */
    public static final Set<AppealState> OPEN = EnumSet.of(REGISTERED, AWAITING_CORRECTION, REDIRECTED, IN_REVIEW,
            HEARING, FORWARDED);

    /** The stages from which a decision on the merits, a return or a redirect may be taken. */
    public static final Set<AppealState> UNDER_CONSIDERATION = EnumSet.of(REGISTERED, REDIRECTED, IN_REVIEW, HEARING,
            FORWARDED);

    public boolean open() {
        return OPEN.contains(this);
    }

    public boolean underConsideration() {
        return UNDER_CONSIDERATION.contains(this);
    }
}
