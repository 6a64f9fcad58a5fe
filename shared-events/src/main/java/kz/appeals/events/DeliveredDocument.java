package kz.appeals.events;

/** What was delivered to a participant; each notice that has a deadline closes it once everyone has received it. */
public enum DeliveredDocument {
    DEFECT_NOTICE,
    RETURN_NOTICE,
    REDIRECT_NOTICE,
    EXTENSION_NOTICE,
    PRELIMINARY_DECISION,
    ADMINISTRATIVE_ACT,
    SIMPLIFIED_ANSWER,
    TERMINATION_NOTICE,
    LEAVE_WITHOUT_CONSIDERATION_NOTICE,
    COMPLAINT_DECISION,
    /** The decision on a request for recusal (art. 67). */
    RECUSAL_NOTICE
}
