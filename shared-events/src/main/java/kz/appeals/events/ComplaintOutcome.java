package kz.appeals.events;

/** The six outcomes of a complaint decision (APPC art. 100(1)). */
public enum ComplaintOutcome {
    ACT_CANCELLED,
    ACT_CANCELLED_NEW_ACT_ADOPTED,
    ACTION_PERFORMED,
    COMPLAINT_UNSATISFIED,
    CASE_SENT_BACK,
    LEFT_WITHOUT_CONSIDERATION
}
