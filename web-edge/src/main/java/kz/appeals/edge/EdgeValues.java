package kz.appeals.edge;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Dates and instants as parameters: one format each, and only within {@link #MIN_YEAR}..{@link #MAX_YEAR}, so that a
 * value at the edge of Java's or PostgreSQL's range is a 400 naming the parameter, never an overflow further in.
 */
public final class EdgeValues {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    private EdgeValues() {
    }

    /**
     * ISO-8601 date-time with offset. A '+' in a query string arrives as a space when the caller did not encode it;
     * it is read as the '+' it was.
     */
    public static Instant instant(String field, String in, String value) {
        String example = " must be an ISO-8601 date-time with offset between years " + MIN_YEAR + " and " + MAX_YEAR
                + ", e.g. 2026-03-20T19:00:00+05:00";
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value.trim().replace(' ', '+'));
            int year = parsed.withOffsetSameInstant(ZoneOffset.UTC).getYear();
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new InvalidInputException(field, in, field + example);
            }
            return parsed.toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, in, field + example);
        }
    }

    /** ISO-8601 calendar date YYYY-MM-DD within the years above. */
    public static LocalDate date(String field, String in, String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new DateTimeException("out of range");
            }
            return date;
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, in, field + " must be a date YYYY-MM-DD between years "
                    + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    /** YYYY-MM within the years above. */
    public static YearMonth month(String field, String in, String value) {
        try {
            YearMonth month = YearMonth.parse(value);
            if (month.getYear() < MIN_YEAR || month.getYear() > MAX_YEAR) {
                throw new DateTimeException("out of range");
            }
            return month;
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, in, field + " must be YYYY-MM between years " + MIN_YEAR
                    + " and " + MAX_YEAR);
        }
    }
}
