package kz.appeals.security;

/** The matrix refused this caller the action on this target: 403 problem+json naming the action and the reason. */
public class AccessRefusedException extends RuntimeException {

    private final String action;

    public AccessRefusedException(String action, String reason) {
        super(reason);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
