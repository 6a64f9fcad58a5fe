package kz.appeals.query.api;

import kz.appeals.edge.EdgeLimits;
import kz.appeals.edge.EdgeText;
import kz.appeals.edge.InvalidInputException;

/** The identifiers the query API takes, checked with the limits the command side accepts them with. */
public final class Ids {

    private Ids() {
    }

    public static String appeal(String name, String in, String value) {
        return EdgeText.identifier(name, in, value, EdgeLimits.APPEAL_ID);
    }

    public static String body(String name, String in, String value) {
        return EdgeText.identifier(name, in, value, EdgeLimits.BODY_ID);
    }

    public static String executor(String name, String in, String value) {
        return EdgeText.identifier(name, in, value, EdgeLimits.EXECUTOR_ID);
    }

    public static String idNumber(String name, String in, String value) {
        if (value != null && !value.matches(EdgeLimits.ID_NUMBER_PATTERN)) {
            throw new InvalidInputException(name, in, name + " must be a 12-digit IIN or BIN");
        }
        return value;
    }

    /** Free text of a filter: at most {@code max} characters (control characters never pass the edge filter). */
    public static String text(String name, String in, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(name, in, name + " must be at most " + max + " characters");
        }
        return value;
    }
}
