package kz.appeals.command.domain;

/** Small checks shared by the policies, so that each policy reads as its article. */
public final class Rules {

    private Rules() {
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
