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

    public LocalDate date() {
        return date;
    }
}
