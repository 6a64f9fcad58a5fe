package kz.appeals.access;

/**
 * The roles of the appeals procedure (APPC arts. 4, 64, 76(3), 97; Law on the Prosecutor's Office). A token carries
 * them as realm roles; the matrix says what each may do.
 */
public enum Role {
    /** A natural or legal person; the token's {@code iin} claim is their IIN/BIN. Files and reads their own appeals. */
    CITIZEN,
    /** A client such as e-Otinish filing and reading on behalf of citizens (client credentials). */
    PORTAL,
    /** The body's office: accepts, registers, routes and records deliveries (art. 64). */
    REGISTRAR,
    /** The official in charge of an appeal and co-executors. */
    EXECUTOR,
    /** The head of the body; with the deputy and the chief of staff may extend a review period (art. 76(3)). */
    HEAD,
    DEPUTY_HEAD,
    CHIEF_OF_STAFF,
    /** The body's control unit: dashboards and statistics. */
    CONTROLLER,
    /** An official of the higher body that reviews complaints sent to it (arts. 91(4), 97). */
    COMPLAINT_REVIEWER,
    /** Supervision over legality: reads across bodies and exports. */
    PROSECUTOR,
    /** Read-only history, state as of an instant, exports and integrity checks. */
    AUDITOR,
    /** Runs the system: rebuilds, dead letters, calendar reloads; no access to appeal contents. */
    OPERATOR;

    /** Roles that act for an administrative body and so must carry its id. */
    public boolean isOfficial() {
        return switch (this) {
            case REGISTRAR, EXECUTOR, HEAD, DEPUTY_HEAD, CHIEF_OF_STAFF, CONTROLLER, COMPLAINT_REVIEWER -> true;
            default -> false;
        };
    }
}
