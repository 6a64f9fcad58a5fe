package kz.appeals.clock;

/** A calendar or rule-set file is missing, unreadable or contradicts itself; the clock refuses to load it. */
public class CalendarDataException extends RuntimeException {

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
