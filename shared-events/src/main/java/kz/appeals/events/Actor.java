package kz.appeals.events;

/**
 * Who performed a step: the user, the role they acted in and the administrative body they acted for.
 * Until authentication arrives the command side takes it from the request (see {@code ActorResolver}).
 */
public record Actor(String userId, String role, String bodyId) {

    public static final Actor SYSTEM = new Actor("system", "SYSTEM", null);
}
