package kz.appeals.command.domain;

/**
 * A command that does not fit the appeal's current stage (for example a decision on an appeal already withdrawn). The
 * web layer answers 409: the request may be right, but not now.
 */
public class StateConflict extends RuleViolation {

    public StateConflict(String article, String message) {
        super(article, message);
    }
}
