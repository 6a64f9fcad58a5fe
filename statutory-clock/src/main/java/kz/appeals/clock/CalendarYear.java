package kz.appeals.clock;

import java.util.List;

/** One loaded calendar year as the clock sees it: every non-working day with its reason. */
public record CalendarYear(int year, int workingDays, String calendarVersion, boolean provisional, String source,
                           List<NonWorkingDay> nonWorkingDays) {

    public CalendarYear {
        nonWorkingDays = List.copyOf(nonWorkingDays);
    }
}
