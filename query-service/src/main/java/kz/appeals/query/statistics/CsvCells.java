package kz.appeals.query.statistics;

/**
 * CSV cells a spreadsheet cannot take for a formula (OWASP "CSV injection"): a text cell beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe, which spreadsheets show as text
 * and do not evaluate. Apache Commons CSV has no such option, hence this function. Numbers the service writes itself
 * are not passed through it (a negative number stays a number).
 */
final class CsvCells {

    private CsvCells() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** A quoted, neutralised text cell; null is the empty cell. */
    static String text(String value) {
        return value == null ? "" : "\"" + neutralise(value).replace("\"", "\"\"") + "\"";
    }
}
