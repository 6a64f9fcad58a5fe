package kz.appeals.edge;

import java.text.Normalizer;

/**
 * Text is normalised once, at the edge: Unicode NFC, and refused when it holds a control character (a NUL in a name
 * once froze an appeal's projection), an unpaired surrogate or a non-character. Multi-line text (bodies) may keep
 * TAB, LF and CR; parameters, path segments and identifiers may not.
 */
public final class EdgeText {

    private EdgeText() {
    }

    /** The value in NFC, or an {@link InvalidInputException} naming {@code field} and the offending character. */
    public static String normalize(String field, String in, String value, boolean multiline) {
        if (value == null) {
            return null;
        }
        String problem = problem(value, multiline);
        if (problem != null) {
            throw new InvalidInputException(field, in, field + " " + problem);
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** What is wrong with the characters of {@code value}, or null when nothing is. */
    public static String problem(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "has an unpaired surrogate at position " + i;
            }
            if (Character.isLowSurrogate(c)) {
                return "has an unpaired surrogate at position " + i;
            }
            if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return String.format("must not contain control characters (U+%04X at position %d)", (int) c, i);
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return String.format("must not contain the non-character U+%04X (position %d)", (int) c, i);
            }
        }
        return null;
    }

    /** An identifier (appeal, body, executor id): at most {@code max} characters of {@link EdgeLimits#ID_PATTERN}. */
    public static String identifier(String field, String in, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > max || !value.matches(EdgeLimits.ID_PATTERN)) {
            throw new InvalidInputException(field, in, field + " must be 1 to " + max
                    + " characters: letters, digits and . _ : @ - (not first)");
        }
        return value;
    }

    /** A value quoted in an error message: printable, at most 80 characters. */
    public static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
    }
}
