package kz.appeals.clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks the bundled calendar against the facts in kz-calendar.md, typed in by hand. */
class CalendarFactsTests {

    private static final StatutoryClock CLOCK = StatutoryClock.create(ClockSettings.defaults());

    /** Official totals of the labour ministry (5-day week), where one was found; see the year files for the source. */
    @ParameterizedTest(name = "{0} has {1} working days")
    @CsvSource({"2021, 245", "2024, 249", "2025, 246", "2026, 246"})
    void officialTotalOfWorkingDays(int year, int workingDays) {
        assertThat(CLOCK.calendarYear(year).workingDays()).isEqualTo(workingDays);
    }

    @Test
    void nonWorkingWeekdaysOf2025MatchTheOfficialList() {
        assertThat(nonWorkingWeekdays(2025)).containsExactly(
                d("2025-01-01"), d("2025-01-02"), d("2025-01-03"), d("2025-01-07"), d("2025-03-10"),
                d("2025-03-21"), d("2025-03-24"), d("2025-03-25"), d("2025-05-01"), d("2025-05-07"),
                d("2025-05-09"), d("2025-06-06"), d("2025-07-07"), d("2025-09-01"), d("2025-10-27"),
                d("2025-12-16"));
    }

    @Test
    void nonWorkingWeekdaysOf2026MatchTheOfficialList() {
        assertThat(nonWorkingWeekdays(2026)).containsExactly(
                d("2026-01-01"), d("2026-01-02"), d("2026-01-07"), d("2026-03-09"), d("2026-03-23"),
                d("2026-03-24"), d("2026-03-25"), d("2026-05-01"), d("2026-05-07"), d("2026-05-11"),
                d("2026-05-27"), d("2026-07-06"), d("2026-08-31"), d("2026-10-26"),
                d("2026-12-16"));
    }

    /**
     * kz-calendar.md, corrected: Wednesday 8 May was off and Saturday 4 May worked (ministry order of 17.04.2024);
     * Kurban Ait fell on Sunday 16 June and never moves, so Monday 17 June was a working day.
     */
    @Test
    void nonWorkingWeekdaysOf2024MatchTheCorrectedList() {
        assertThat(nonWorkingWeekdays(2024)).containsExactly(
                d("2024-01-01"), d("2024-01-02"), d("2024-03-08"), d("2024-03-21"), d("2024-03-22"),
                d("2024-03-25"), d("2024-05-01"), d("2024-05-07"), d("2024-05-08"), d("2024-05-09"),
                d("2024-07-08"), d("2024-08-30"), d("2024-10-25"), d("2024-12-16"));
        assertThat(workingWeekendDays(2024)).containsExactly(d("2024-05-04"));
        assertThat(CLOCK.isWorkingDay(d("2024-06-17"))).isTrue();
        assertThat(reasonOf(d("2024-06-16"))).isEqualTo("Kurban Ait (first day), on a Sunday");
        assertThat(reasonOf(d("2024-05-08"))).contains("4 May 2024").contains("17.04.2024");
    }

    /**
     * The 2024 total by hand: 2024 is a leap year starting on a Monday, so it has 52 weeks and two extra weekdays
     * (Mon 30 and Tue 31 December): 262 weekdays. Minus the 14 non-working weekdays above, plus Saturday 4 May worked:
     * 262 - 14 + 1 = 249.
     */
    @Test
    void total2024CountedByHand() {
        assertThat(262 - 14 + 1).isEqualTo(249);
        // 1 January is a holiday, so (1 Jan, 31 Dec] holds every working day of the year
        assertThat(CLOCK.workingDaysBetween(d("2024-01-01"), d("2024-12-31"))).isEqualTo(249);
        assertThat(CLOCK.calendarYear(2024).calendarVersion()).isEqualTo("kz-2024@2026-11-26");
    }

    /**
     * 2021: holidays law before the 2022 amendments (1 December and 16-17 December off, 25 October not a holiday);
     * 2 Jan (Sat) gives Mon 4 Jan; Nauryz 21 Mar (Sun) gives Wed 24 Mar; 1 May (Sat) gives Mon 3 May; 9 May (Sun) gives
     * Mon 10 May; Kurban Ait Tue 20 July; the government moved the day off from Sat 3 July to Mon 5 July.
     * Total by hand: 2021 starts on a Friday, 365 days = 52 weeks + a Friday: 261 weekdays - 17 + 1 (3 July) = 245,
     * the ministry's figure (120 days off).
     */
    @Test
    void year2021() {
        assertThat(nonWorkingWeekdays(2021)).containsExactly(
                d("2021-01-01"), d("2021-01-04"), d("2021-01-07"), d("2021-03-08"), d("2021-03-22"),
                d("2021-03-23"), d("2021-03-24"), d("2021-05-03"), d("2021-05-07"), d("2021-05-10"),
                d("2021-07-05"), d("2021-07-06"), d("2021-07-20"), d("2021-08-30"), d("2021-12-01"),
                d("2021-12-16"), d("2021-12-17"));
        assertThat(workingWeekendDays(2021)).containsExactly(d("2021-07-03"));
        assertThat(261 - 17 + 1).isEqualTo(245);
        assertThat(CLOCK.calendarYear(2021).workingDays()).isEqualTo(245);
    }

    /**
     * 2022 as lived: decree No. 713 moved Sat 5 Mar -> Mon 7 Mar and Sat 27 Aug -> Mon 29 Aug; the September 2022 law
     * made 25 October a holiday (Tue) and dropped 1 December and 17 December; the amended decree moved Sat 22 Oct ->
     * Mon 24 Oct. 1-2 Jan (Sat, Sun) give 3 and 4 Jan; 1 May (Sun) gives 2 May; 7 May (Sat) gives 10 May, since
     * 9 May is itself a holiday; Kurban Ait Sat 9 July does not move.
     * Total by hand: 2022 starts on a Saturday: 260 weekdays - 17 + 3 worked Saturdays = 246. No official figure for
     * the year as amended was found (the one published in 2021, 245, is checked below against the old law).
     */
    @Test
    void year2022() {
        assertThat(nonWorkingWeekdays(2022)).containsExactly(
                d("2022-01-03"), d("2022-01-04"), d("2022-01-07"), d("2022-03-07"), d("2022-03-08"),
                d("2022-03-21"), d("2022-03-22"), d("2022-03-23"), d("2022-05-02"), d("2022-05-09"),
                d("2022-05-10"), d("2022-07-06"), d("2022-08-29"), d("2022-08-30"), d("2022-10-24"),
                d("2022-10-25"), d("2022-12-16"));
        assertThat(workingWeekendDays(2022)).containsExactly(d("2022-03-05"), d("2022-08-27"), d("2022-10-22"));
        assertThat(CLOCK.isWorkingDay(d("2022-12-01"))).isTrue();
        assertThat(CLOCK.isWorkingDay(d("2022-12-19"))).isTrue();
        assertThat(260 - 17 + 3).isEqualTo(246);
        assertThat(CLOCK.calendarYear(2022).workingDays()).isEqualTo(246);
    }

    /**
     * 2023: 1 Jan (Sun) gives Tue 3 Jan, since 2 Jan is itself a holiday; 7 Jan (Sat) does not move; 7 May (Sun) gives
     * Mon 8 May; Kurban Ait Wed 28 June; the decree of 25.04.2023 moved Sat 1 July -> Fri 7 July; 16 Dec (Sat) gives
     * Mon 18 Dec. Total by hand: 2023 starts on a Sunday: 260 weekdays - 15 + 1 = 246 (the published 245 is not used,
     * see kz-2023.json).
     */
    @Test
    void year2023() {
        assertThat(nonWorkingWeekdays(2023)).containsExactly(
                d("2023-01-02"), d("2023-01-03"), d("2023-03-08"), d("2023-03-21"), d("2023-03-22"),
                d("2023-03-23"), d("2023-05-01"), d("2023-05-08"), d("2023-05-09"), d("2023-06-28"),
                d("2023-07-06"), d("2023-07-07"), d("2023-08-30"), d("2023-10-25"), d("2023-12-18"));
        assertThat(workingWeekendDays(2023)).containsExactly(d("2023-07-01"));
        assertThat(CLOCK.isWorkingDay(d("2023-01-09"))).isTrue();   // Christmas on Saturday 7 January never moves
        assertThat(260 - 15 + 1).isEqualTo(246);
        assertThat(CLOCK.calendarYear(2023).workingDays()).isEqualTo(246);
    }

    @Test
    void everyHolidayAndTransferOf2021To2024NamesItsSourceFile() {
        for (int year = 2021; year <= 2024; year++) {
            CalendarYear calendarYear = CLOCK.calendarYear(year);
            assertThat(calendarYear.source()).contains("[C]").contains("[S]");
            assertThat(calendarYear.calendarVersion()).isEqualTo("kz-" + year + "@2026-11-26");
        }
    }

    @Test
    @DisplayName("Labour Code art. 85(3): Sunday 5 January 2025 was a working day, Friday 3 January a day off")
    void ministryTransferMovesADayOffInBothDirections() {
        assertThat(CLOCK.isWorkingDay(d("2025-01-05"))).isTrue();
        assertThat(CLOCK.isWorkingDay(d("2025-01-03"))).isFalse();
        assertThat(reasonOf(d("2025-01-03"))).contains("5 January 2025").contains("art. 85(3)");
    }

    @ParameterizedTest(name = "{0} falls on a weekend, so {1} is off")
    @DisplayName("Holidays law art. 5: a holiday on a weekend gives the next working day off")
    @CsvSource({
            "2025-03-08, 2025-03-10",
            "2025-03-22, 2025-03-24",
            "2025-03-23, 2025-03-25",
            "2025-07-06, 2025-07-07",
            "2025-08-30, 2025-09-01",
            "2025-10-25, 2025-10-27",
            "2026-03-08, 2026-03-09",
            "2026-03-21, 2026-03-24",
            "2026-03-22, 2026-03-25",
            "2026-05-09, 2026-05-11",
            "2026-08-30, 2026-08-31",
            "2026-10-25, 2026-10-26",
            "2027-01-02, 2027-01-04",
            "2027-03-21, 2027-03-24",
            "2027-05-01, 2027-05-03",
            "2027-05-09, 2027-05-10"})
    void holidayOnWeekendGivesNextWorkingDayOff(LocalDate holiday, LocalDate substitute) {
        assertThat(CLOCK.isWorkingDay(substitute)).isFalse();
        assertThat(reasonOf(substitute)).contains("in place of").contains(holiday.toString());
    }

    @ParameterizedTest(name = "{0} stays a working day")
    @DisplayName("Labour Code art. 84(5): 7 January and the first day of Kurban Ait never move")
    @CsvSource({
            "2024-01-08",   // 7 January 2024 was a Sunday
            "2027-05-17"})  // Kurban Ait 2027 assumed Sunday 16 May (provisional)
    void orthodoxChristmasAndKurbanAitNeverMove(LocalDate dayAfter) {
        assertThat(CLOCK.isWorkingDay(dayAfter)).isTrue();
    }

    @Test
    void kurbanAitIsADayOffByName() {
        assertThat(reasonOf(d("2026-05-27"))).isEqualTo("Kurban Ait (first day)");
        assertThat(reasonOf(d("2025-03-22"))).isEqualTo("Nauryz meyramy, on a Saturday");
        assertThat(reasonOf(d("2025-03-29"))).isEqualTo("Saturday");
    }

    @Test
    void year2027IsProvisionalAndTheOthersAreNot() {
        assertThat(CLOCK.calendarYear(2027).provisional()).isTrue();
        assertThat(Stream.of(2021, 2022, 2023, 2024, 2025, 2026).map(y -> CLOCK.calendarYear(y).provisional()))
                .containsOnly(false);
        assertThat(CLOCK.calendarYear(2026).calendarVersion()).startsWith("kz-2026@");
        assertThat(CLOCK.calendarYear(2026).source()).isNotBlank();
    }

    @Test
    void dateOutsideTheLoadedYearsIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> CLOCK.isWorkingDay(d("2028-01-03")))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2028-01-03").hasMessageContaining("2021-2027");
        assertThatThrownBy(() -> CLOCK.calendarYear(2020)).isInstanceOf(DateOutsideCalendarException.class);
        assertThatThrownBy(() -> CLOCK.nthWorkingDayAfter(d("2027-12-28"), 5))
                .isInstanceOf(DateOutsideCalendarException.class).hasMessageContaining("add a calendar file for 2028");
    }

    private static List<LocalDate> nonWorkingWeekdays(int year) {
        return CLOCK.calendarYear(year).nonWorkingDays().stream()
                .map(NonWorkingDay::date)
                .filter(date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList();
    }

    private static List<LocalDate> workingWeekendDays(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY)
                .filter(CLOCK::isWorkingDay)
                .toList();
    }

    private static String reasonOf(LocalDate date) {
        return CLOCK.calendarYear(date.getYear()).nonWorkingDays().stream()
                .filter(day -> day.date().equals(date)).findFirst().orElseThrow().reason();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
