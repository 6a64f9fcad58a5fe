package kz.appeals.query.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data looks when it is not shown in full: an IIN/BIN keeps its first 4 and last 2 digits
 * ({@code 9001******17}: enough to tell two applicants apart on a list, not enough to identify one), a phone its
 * first 5 and last 2 characters ({@code +7701*****67}); an address or e-mail is withheld entirely. And how a free
 * text such as an error message is scrubbed before it is logged or shown to an operator.
 */
public final class PersonalData {

    /** 10 or more digits standing alone (an IIN/BIN, a phone number), not the tail of an id like a UUID. */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w-])\\+?\\d{10,}(?![\\w-])");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** PostgreSQL quotes the offending row or key values in constraint errors. */
    private static final Pattern ROW_VALUES = Pattern.compile("((?:Failing row contains |Key \\([^)]*\\)=))\\(.*?\\)");

    private PersonalData() {
    }

    public static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() <= 6) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 6) + idNumber.substring(idNumber.length() - 2);
    }

    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        StringBuilder out = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            out.append(i < 5 || i >= phone.length() - 2 || !Character.isDigit(c) ? c : '*');
        }
        return out.toString();
    }

    /**
     * A text that may quote event contents (a parser's or the database's error), fit for a log line or an operator:
     * quoted values, e-mails, row values and long numbers are removed or masked; the rest (exception types, event
     * ids, sequences, field names) stays, so the cause can still be found.
     */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String s = ROW_VALUES.matcher(text).replaceAll("$1(…)");
        s = QUOTED.matcher(s).replaceAll("\"…\"");
        s = EMAIL.matcher(s).replaceAll("…@…");
        Matcher m = LONG_NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(maskIdNumber(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
