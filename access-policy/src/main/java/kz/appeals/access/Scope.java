package kz.appeals.access;

/** On which appeals a matrix row lets a role act. */
public enum Scope {
    /** Any appeal, or no appeal at all (operator actions, the calendar). */
    ANY,
    /** Appeals where the caller's IIN/BIN is a party: applicant, representative or member of a collective appeal. */
    OWN,
    /** Appeals the caller's body holds: the addressee, or the competent body after a redirect or a forwarding. */
    BODY,
    /** Complaints sent to the caller's body for review (art. 91(4)). */
    REVIEW_BODY
}
