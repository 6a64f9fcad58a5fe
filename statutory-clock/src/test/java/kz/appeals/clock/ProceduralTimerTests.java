package kz.appeals.clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @ParameterizedTest(name = "{0} from {1} ends {2}")
    @DisplayName("APPC arts. 70, 95: the notice of termination or of leaving without consideration within 3 working days")
    @CsvSource({
            "TERMINATION_NOTICE,                 2026-04-01, 2026-04-06",  // Thu 2, Fri 3, weekend, Mon 6
            "TERMINATION_NOTICE,                 2026-05-06, 2026-05-13",  // 7 May off, Fri 8, weekend, 11 May
                                                                          // (for Sat 9 May) off, 12, 13
            "TERMINATION_NOTICE,                 2025-01-02, 2025-01-08",  // 3 Jan (transfer) off, Sat 4, Sun 5
                                                                          // worked (1), 6 (2), 7 Jan off, 8 (3)
            "LEAVE_WITHOUT_CONSIDERATION_NOTICE, 2026-12-15, 2026-12-21",  // 16 Dec off, Thu 17, Fri 18, weekend, 21
            "LEAVE_WITHOUT_CONSIDERATION_NOTICE, 2025-06-04, 2025-06-10",  // Thu 5, Kurban Ait Fri 6, weekend, 9, 10
            "LEAVE_WITHOUT_CONSIDERATION_NOTICE, 2026-08-27, 2026-09-02"}) // Fri 28, weekend, 31 Aug (for Sun 30
                                                                          // Aug) off, 1 Sep, 2 Sep
    void noticeTimersEndOnTheThirdWorkingDayAfterTheDecision(ProceduralTimer timer, LocalDate from, LocalDate due) {
        DueDate deadline = CLOCK.proceduralDeadline(timer, from);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.legalBasis()).isEqualTo(timer == ProceduralTimer.TERMINATION_NOTICE ? "APPC art. 70"
                : "APPC art. 95");
        assertThat(deadline.period()).isEqualTo("3 working days");
    }

    @ParameterizedTest(name = "{1} working day(s) before {0} is {2}")
    @DisplayName("The n-th working day before a date, the date itself not counted (APPC art. 73)")
    @CsvSource({
            "2025-01-06, 1, 2025-01-05",  // Sun 5 Jan 2025 was a working day (transfer)
            "2025-01-06, 2, 2024-12-31",  // Sat 4, Fri 3 (transfer), 2, 1 Jan off; Tue 31 Dec 2024
            "2026-05-13, 3, 2026-05-06",  // Tue 12 (1), Mon 11 off (for Sat 9 May), weekend, Fri 8 (2), 7 May off,
                                          // Wed 6 (3)
            "2026-01-08, 1, 2026-01-06",  // 7 January off
            "2026-03-22, 2, 2026-03-19",  // from a Sunday: Sat 21, Fri 20 (1), Thu 19 (2)
            "2026-06-01, 5, 2026-05-22"}) // Fri 29, Thu 28, Kurban Ait Wed 27 off, Tue 26, Mon 25, weekend, Fri 22
    void nthWorkingDayBeforeSkipsDaysOffAndNeverCountsTheDateItself(LocalDate date, int n, LocalDate expected) {
        assertThat(CLOCK.nthWorkingDayBefore(date, n)).isEqualTo(expected);
    }

    @Test
    void nthWorkingDayBeforeNeedsAPositiveCount() {
        assertThatThrownBy(() -> CLOCK.nthWorkingDayBefore(LocalDate.parse("2026-01-08"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} working days left: shorter than the threshold = {1}")
    @DisplayName("APPC art. 73: the hearing may be skipped when the period is shorter than 5 working days")
    @CsvSource({"4, true", "5, false", "0, true"})
    void hearingThresholdIsFiveWorkingDays(int workingDaysLeft, boolean shorter) {
        assertThat(StatutoryThreshold.HEARING_SKIPPABLE_BELOW.isShorter(workingDaysLeft)).isEqualTo(shorter);
        assertThat(StatutoryThreshold.HEARING_SKIPPABLE_BELOW.describe())
                .isEqualTo("shorter than 5 working days (APPC art. 73)");
    }
}
