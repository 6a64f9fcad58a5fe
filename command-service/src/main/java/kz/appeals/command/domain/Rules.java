package kz.appeals.command.domain;

/** Small checks shared by the policies, so that each policy reads as its article. */
public final class Rules {

    private Rules() {
    }

    public static void require(boolean condition, String article, String message) {
        if (!condition) {
            throw new RuleViolation(article, message);
        }
    }

    public static void requireStage(boolean condition, String article, String message) {
        if (!condition) {
            throw new StateConflict(article, message);
        }
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
