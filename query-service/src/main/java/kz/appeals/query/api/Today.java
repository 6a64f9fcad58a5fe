package kz.appeals.query.api;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import kz.appeals.clock.StatutoryClock;

/** "Today" in legal time (Asia/Almaty), and working days from today, for every "days left" the API shows. */
@Component
public class Today {

    private final Clock clock;
    private final StatutoryClock statutoryClock;

    public Today(Clock clock, StatutoryClock statutoryClock) {
        this.clock = clock;
        this.statutoryClock = statutoryClock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(statutoryClock.zone()));
    }

    /** Working days from today to {@code due}: 0 when due today, negative when overdue; null without a date. */
    public Integer workingDaysUntil(LocalDate due) {
        return due == null ? null : statutoryClock.workingDaysBetween(date(), due);
    }

    /** The last day of a window of {@code workingDays} working days from today (today counts when it is one). */
    public LocalDate workingDaysAhead(int workingDays) {
        LocalDate today = date();
        return workingDays == 0 ? today : statutoryClock.nthWorkingDayAfter(today, workingDays);
    }
}
