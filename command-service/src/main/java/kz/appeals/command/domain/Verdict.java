package kz.appeals.command.domain;

import java.util.function.Supplier;

/**
 * What a policy answers: the step is allowed, or refused citing its article (ddd-by-examples' {@code Either<Rejection,
 * Allowance>}). Checks chain with {@link #then} and stop at the first refusal, so a policy reads as its article.
 */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Refused {

    Verdict ALLOWED = new Allowed();

    record Allowed() implements Verdict {
    }

    /**
     * {@code notAtThisStage}: refused because of where the appeal is (the step may be right later: 409), rather than
     * because the Code forbids it (422).
     */
    record Refused(String article, String reason, boolean notAtThisStage) implements Verdict {
    }

    /** Allowed if {@code condition} holds, else refused under {@code article}. */
    static Verdict allowedIf(boolean condition, String article, String reason) {
        return condition ? ALLOWED : refused(article, reason);
    }

    /** Refused under {@code article}: the Code forbids the step. */
    static Verdict refused(String article, String reason) {
        return new Refused(article, reason, false);
    }

    /** Allowed if the appeal's stage permits the step, else refused as not at this stage. */
    static Verdict stagePermits(boolean condition, String article, String reason) {
        return condition ? ALLOWED : new Refused(article, reason, true);
    }

    /** This refusal, or if allowed, the next check. */
    default Verdict then(Supplier<Verdict> next) {
        return this instanceof Refused ? this : next.get();
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** A refusal as the exception the web layer answers with, naming the article; nothing if allowed. */
    default void orRefuse() {
        if (this instanceof Refused refused) {
            throw refused.notAtThisStage() ? new StateConflict(refused.article(), refused.reason())
                    : new RuleViolation(refused.article(), refused.reason());
        }
    }
}
