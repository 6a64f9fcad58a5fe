package kz.appeals.clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected dates were counted by hand on the calendar in kz-calendar.md. */
class ReviewPeriodTests {

    private static final StatutoryClock CLOCK = StatutoryClock.create(ClockSettings.defaults());

    @ParameterizedTest(name = "{0} received {1} is due {2}")
    @DisplayName("APPC arts. 76, 87(2), 99 and special laws: review periods by kind")
    @CsvSource({
            // old rule set: 15 WD from receipt; Sun 5 Jan 2025 counts, 7 Jan skipped
            "APPLICATION,         2025-01-03T10:00:00+05:00, 2025-01-24",
            // Nauryz 2025: 21 Mar, weekend, substitutes 24-25 skipped
            "APPLICATION,         2025-03-17T09:00:00+05:00, 2025-04-10",
            "REQUEST,             2025-03-17T09:00:00+05:00, 2025-04-10",
            "COMPLAINT,           2025-03-17T09:00:00+05:00, 2025-04-17",
            // year end: 16 Dec, then 1-2 Jan and the weekend
            "APPLICATION,         2025-12-10T10:00:00+05:00, 2026-01-05",
            // new rule set: registered 5 Jan 2026, 7 Jan skipped
            "APPLICATION,         2025-12-31T19:00:00+05:00, 2026-01-27",
            // Kurban Ait 27 May 2026
            "APPLICATION,         2026-05-15T10:00:00+05:00, 2026-06-08",
            "BAILIFF_REQUEST,     2026-03-20T09:00:00+05:00, 2026-03-30",
            "PETITION,            2026-01-05T10:00:00+05:00, 2026-03-03",
            // 7 WD across New Year 2027: 1-2 Jan, substitute 4 Jan, 7 Jan
            "MEDIA_REQUEST,       2026-12-28T10:00:00+05:00, 2027-01-11"})
    void workingDayPeriodEndsOnTheNthWorkingDayAfterTheStart(AppealKind kind, OffsetDateTime received, LocalDate due) {
        assertThat(CLOCK.reviewDueDate(kind, received.toInstant()).dueDate()).isEqualTo(due);
        assertThat(CLOCK.dueDate(kind, received.toInstant())).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} received {1} is due {2}")
    @DisplayName("APPC art. 76(5): a calendar-day period ending on a day off ends on the next working day")
    @CsvSource({
            "INFORMATION_REQUEST, 2025-03-06T10:00:00+05:00, 2025-03-26",  // day 15 = 21 Mar, Nauryz
            "INFORMATION_REQUEST, 2026-12-17T10:00:00+05:00, 2027-01-05",  // day 15 = 1 Jan 2027
            "INFORMATION_REQUEST, 2026-02-02T10:00:00+05:00, 2026-02-17"}) // Tuesday, no roll
    void calendarDayPeriodEndingOnADayOffRollsForward(AppealKind kind, OffsetDateTime received, LocalDate due) {
        assertThat(CLOCK.reviewDueDate(kind, received.toInstant()).dueDate()).isEqualTo(due);
    }

    @Test
    @DisplayName("APPC art. 90-5(1): a petition to a local body has 20 working days, to a central one 40")
    void petitionPeriodDependsOnTheBodyLevel() {
        var received = OffsetDateTime.parse("2026-01-05T10:00:00+05:00").toInstant();
        assertThat(CLOCK.reviewDueDate(AppealKind.PETITION, received, BodyLevel.LOCAL).dueDate())
                .isEqualTo("2026-02-03");
        assertThat(CLOCK.reviewDueDate(AppealKind.PETITION, received, BodyLevel.CENTRAL).period())
                .isEqualTo("40 working days");
    }

    @Test
    @DisplayName("APPC art. 76(2): a redirected appeal runs from the day after it reaches the competent body")
    void redirectedAppealRunsFromArrivalAtTheCompetentBody() {
        DueDate due = CLOCK.reviewDueDateAfterRedirect(AppealKind.APPLICATION,
                OffsetDateTime.parse("2026-03-02T10:00:00+05:00").toInstant(), LocalDate.parse("2026-03-05"));
        assertThat(due.startsOn()).isEqualTo("2026-03-06");
        assertThat(due.dueDate()).isEqualTo("2026-04-01");
        assertThat(due.registeredOn()).isEqualTo("2026-03-02");
    }

    @Test
    @DisplayName("Law of 17.12.2025: before the switch date the 15 working days ran from receipt")
    void ruleSetInForceOnTheDayOfReceiptDecides() {
        var received = OffsetDateTime.parse("2025-12-31T19:00:00+05:00").toInstant();
        StatutoryClock lateSwitch = StatutoryClock.create(
                ClockSettings.defaults().withRuleSwitchDate(LocalDate.of(2026, 1, 1)));
        DueDate underOldRules = lateSwitch.reviewDueDate(AppealKind.APPLICATION, received);
        DueDate underNewRules = CLOCK.reviewDueDate(AppealKind.APPLICATION, received);
        assertThat(underOldRules.dueDate()).isEqualTo("2026-01-26");
        assertThat(underOldRules.ruleSetVersion()).startsWith("appc-2021-07@");
        assertThat(underOldRules.startsOn()).isEqualTo("2026-01-01");
        assertThat(underNewRules.dueDate()).isEqualTo("2026-01-27");
        assertThat(underNewRules.ruleSetVersion()).startsWith("appc-2025-12@");
        assertThat(underNewRules.startsOn()).isEqualTo("2026-01-06");
    }

    @Test
    void periodsNotConfirmedInTheCodeAreMarked() {
        var received = OffsetDateTime.parse("2026-02-02T10:00:00+05:00").toInstant();
        assertThat(CLOCK.reviewDueDate(AppealKind.APPLICATION, received).confirmedInCode()).isTrue();
        assertThat(CLOCK.reviewDueDate(AppealKind.COMPLAINT, received).confirmedInCode()).isTrue();
        assertThat(CLOCK.reviewDueDate(AppealKind.MEDIA_REQUEST, received).confirmedInCode()).isFalse();
        assertThat(CLOCK.reviewDueDate(AppealKind.ADVOCATE_REQUEST, received).confirmedInCode()).isFalse();
        assertThat(CLOCK.reviewDueDate(AppealKind.INFORMATION_REQUEST, received).confirmedInCode()).isFalse();
    }
}
