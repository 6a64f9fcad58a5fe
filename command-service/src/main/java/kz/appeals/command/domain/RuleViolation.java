package kz.appeals.command.domain;

/**
 * A command the Code forbids. {@code article} names the rule (e.g. "APPC art. 99"); the message says what was refused
 * and why, in words an official can act on. The web layer answers 422 with both.
 */
public class RuleViolation extends RuntimeException {

    private final String article;

    public RuleViolation(String article, String message) {
        super(article + ": " + message);
        this.article = article;
    }

    public String article() {
        return article;
    }
}
