package kz.appeals.events;

/**
 * The statutory clocks the command side schedules; events carry the name as a string ({@code timer}) so that a reader
 * built before a new timer was added still reads the event. Each deadline's id is {@code appealId + ":" + name()}.
 */
public enum DeadlineTimer {
    /** The review period of the appeal's kind (APPC arts. 76, 87(2), 90-5, 99 and special laws). */
    REVIEW,
    /** The period set to fix a defective appeal (art. 64(6)). */
    DEFECT_CORRECTION,
    /** An anonymous report of a crime or a threat to security is redirected immediately: on registration day (art. 64(7-2)). */
    ANONYMOUS_REPORT_REDIRECT,
    /** Return with reasons within 3 working days (art. 64(7)). */
    RETURN,
    /** Notice of an extension within 3 working days of the decision (art. 76(3)). */
    EXTENSION_NOTICE,
    /** Notice of termination within 3 working days (art. 70). */
    TERMINATION_NOTICE,
    /** Notice of leaving a complaint without consideration within 3 working days (art. 95). */
    LEAVE_WITHOUT_CONSIDERATION_NOTICE,
    /** A complaint goes with the case file to the review body within 3 working days (art. 91(4)). */
    COMPLAINT_FORWARDING,
    /** A case sent back by the review body is dealt with within 5 working days (art. 100(2)). */
    CASE_SENT_BACK,
    /** A court decision in force is sent for execution within 3 working days (art. 171(1)). */
    COURT_DECISION_SENDING,
    /** The defendant executes the court decision within 1 month (art. 171). */
    COURT_DECISION_EXECUTION;

    public String deadlineId(String appealId) {
        return appealId + ":" + name();
    }
}
