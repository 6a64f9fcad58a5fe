package kz.appeals.query.calendar;

import java.util.List;

import kz.appeals.clock.NonWorkingDay;

public record YearResponse(int year, int workingDays, String calendarVersion, boolean provisional, String source,
                           List<NonWorkingDay> nonWorkingDays) {
}
