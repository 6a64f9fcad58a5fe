package kz.appeals.clock;

import java.time.LocalDate;

/** A date falls outside the loaded calendar years; the clock never guesses working days it has no data for. */
public class DateOutsideCalendarException extends RuntimeException {

    private final transient LocalDate date;

    public DateOutsideCalendarException(LocalDate date, int firstYear, int lastYear) {
        super("Date " + date + " is outside the loaded working-day calendar (years " + firstYear + "-" + lastYear
                + "); add a calendar file for " + date.getYear());
        this.date = date;
    }

    /** A count from {@code from} runs past the loaded years; {@link #date()} is the first day with no data. */
    static DateOutsideCalendarException countingPast(LocalDate from, int workingDays, int firstYear, int lastYear) {
        LocalDate beyond = workingDays > 0 ? LocalDate.of(lastYear + 1, 1, 1) : LocalDate.of(firstYear - 1, 12, 31);
        return new DateOutsideCalendarException(beyond, "Counting " + Math.abs(workingDays) + " working days "
                + (workingDays > 0 ? "after " : "before ") + from + " runs past the loaded working-day calendar (years "
                + firstYear + "-" + lastYear + "); add a calendar file for " + beyond.getYear());
    }

    private DateOutsideCalendarException(LocalDate date, String message) {
        super(message);
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
