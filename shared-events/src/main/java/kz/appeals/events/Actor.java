package kz.appeals.events;

/**
 * Who performed a step, as the verified access token says: {@code userId} is the token's subject, {@code role} the
 * role the authorization matrix let them act in, {@code bodyId} the administrative body they acted for,
 * {@code displayName} and {@code position} their name and post (APPC art. 64(2) puts the receiving official's name
 * and position on the talon). Events stored before tokens arrived have no name or position: both read as null.
 * Only the system itself (the deadline manager) is recorded as {@link #SYSTEM}.
 */
public record Actor(String userId, String role, String bodyId, String displayName, String position) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM", null, null, null);

    /** An actor known only by id, role and body (events of the header era, tests of consumers). */
    public Actor(String userId, String role, String bodyId) {
        this(userId, role, bodyId, null, null);
    }
}
