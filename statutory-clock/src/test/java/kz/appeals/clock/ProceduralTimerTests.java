package kz.appeals.clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected dates were counted by hand on the calendar in kz-calendar.md. */
class ProceduralTimerTests {

    private static final StatutoryClock CLOCK = StatutoryClock.create(ClockSettings.defaults());

    @ParameterizedTest(name = "{0} from {1} ends {2}")
    @DisplayName("APPC arts. 65, 91(4), 100(2), 86(3): working-day timers start the day after the event")
    @CsvSource({
            "REDIRECT,             2024-12-31, 2025-01-08",  // Sun 5 Jan counts, 7 Jan skipped
            "CASE_SENT_BACK,       2025-05-06, 2025-05-15",  // 7 and 9 May skipped
            "ACT_EXECUTION,        2026-05-22, 2026-06-01",  // Kurban Ait 27 May skipped
            "COMPLAINT_FORWARDING, 2025-12-31, 2026-01-08",  // 1-2 Jan, weekend, 7 Jan skipped
            "EXTENSION_NOTICE,     2025-03-20, 2025-03-28"}) // Nauryz 21, weekend, 24-25 skipped: 26, 27, 28
    void workingDayTimerEndsOnTheNthWorkingDayAfterTheEvent(ProceduralTimer timer, LocalDate from, LocalDate due) {
        assertThat(CLOCK.proceduralDeadline(timer, from).dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} from {1} ends {2}")
    @DisplayName("Month rule: same day-number, else the month's last day, then APPC art. 76(5)")
    @CsvSource({
            "LAWSUIT,                         2025-01-31, 2025-02-28",  // no 31 February
            "LAWSUIT,                         2024-01-31, 2024-02-29",  // leap year
            "COMPLAINT_FILING,                2024-12-22, 2025-03-26",  // Sat 22 Mar, Sun, substitutes 24-25
            "COMPLAINT_FILING_NO_ROUTE_STATED, 2025-08-31, 2026-03-02", // 28 Feb 2026 is a Saturday
            "EXTENSION_CAP,                   2025-11-07, 2026-01-08",  // 7 January never moves but is off
            "COURT_DECISION_EXECUTION,        2025-12-01, 2026-01-05",  // 1 Jan, 2 Jan, weekend
            "LAWSUIT,                         2026-04-15, 2026-05-15"}) // plain case, a Friday
    void monthPeriodEndsOnTheSameDayNumberOrTheMonthsLastDayThenRollsForward(ProceduralTimer timer, LocalDate from,
                                                                             LocalDate due) {
        assertThat(CLOCK.proceduralDeadline(timer, from).dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "act on {0}: send the preliminary decision by {1}")
    @DisplayName("APPC art. 73: the preliminary decision goes out at least 3 working days before the act")
    @CsvSource({
            "2025-03-26, 2025-03-18",  // back over 25, 24, 23, 22, 21 Nauryz
            "2025-01-06, 2024-12-30"}) // back over Sun 5 Jan (worked), 3 Jan transfer, New Year
    void preliminaryDecisionIsDueTheThirdWorkingDayBeforeTheAct(LocalDate act, LocalDate latest) {
        DueDate due = CLOCK.proceduralDeadline(ProceduralTimer.PRELIMINARY_DECISION_NOTICE, act);
        assertThat(due.dueDate()).isEqualTo(latest);
        assertThat(CLOCK.workingDaysBetween(latest, act)).isEqualTo(3);
    }
}
