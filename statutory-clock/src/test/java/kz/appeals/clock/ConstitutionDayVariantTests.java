package kz.appeals.clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The Constitution of 2026 (art. 94(2)) makes 15 March Constitution Day; the ministry said 30 August is no longer off
 * from 2026 and 15 March is celebrated from 2027 [S]; the amending law was not found. The change is the bundled variant
 * {@code constitution-2026}, selectable but not in force by default. Expected dates were counted by hand.
 */
@DisplayName("Constitution Day moves to 15 March: variant constitution-2026")
class ConstitutionDayVariantTests {

    private static final String VARIANT = "constitution-2026";
    private static final StatutoryClock BASE = StatutoryClock.create(ClockSettings.defaults());
    private static final StatutoryClock MOVED = StatutoryClock.create(ClockSettings.defaults().withCalendarVariant(VARIANT));

    @TempDir
    Path dir;

    @Test
    void baseCalendarStaysInForceByDefault() {
        assertThat(BASE.calendarVariant()).isEqualTo("base");
        assertThat(BASE.isWorkingDay(d("2026-08-31"))).isFalse();
        assertThat(BASE.isWorkingDay(d("2027-08-30"))).isFalse();
        assertThat(BASE.isWorkingDay(d("2027-03-15"))).isTrue();
        assertThat(BASE.calendarYear(2026).calendarVersion()).isEqualTo("kz-2026@2026-11-21");
    }

    /**
     * 2026 starts on a Thursday: 365 days = 52 weeks + a Thursday, 261 weekdays. The base list of kz-calendar.md has
     * 15 non-working weekdays (246); without Monday 31 August, 14: 261 - 14 = 247. 15 March 2026 is a Sunday and the
     * day of the referendum itself; it is celebrated from 2027, so Monday 16 March 2026 gets no substitute.
     */
    @Test
    void in2026TheVariantMakesMonday31AugustAWorkingDayAndAddsNothingInMarch() {
        assertThat(d("2026-03-15").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(d("2026-08-30").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(nonWorkingWeekdays(MOVED, 2026)).containsExactly(
                d("2026-01-01"), d("2026-01-02"), d("2026-01-07"), d("2026-03-09"), d("2026-03-23"),
                d("2026-03-24"), d("2026-03-25"), d("2026-05-01"), d("2026-05-07"), d("2026-05-11"),
                d("2026-05-27"), d("2026-07-06"), d("2026-10-26"), d("2026-12-16"));
        assertThat(MOVED.isWorkingDay(d("2026-03-16"))).isTrue();
        assertThat(261 - 14).isEqualTo(247);
        assertThat(MOVED.calendarYear(2026).workingDays()).isEqualTo(247);
        assertThat(BASE.calendarYear(2026).workingDays()).isEqualTo(246);
    }

    /**
     * 2027 starts on a Friday: 261 weekdays. Base: 1, 4 (for Sat 2), 7 Jan; 8 Mar; 22, 23, 24 (for Sun 21) Mar; 3 (for
     * Sat 1), 7, 10 (for Sun 9) May; 6 Jul; 30 Aug; 25 Oct; 16 Dec = 14, so 247. The variant swaps Monday 30 August for
     * Monday 15 March: still 14 and 247.
     */
    @Test
    void in2027TheVariantGainsMonday15MarchAndLosesMonday30August() {
        assertThat(nonWorkingWeekdays(MOVED, 2027)).containsExactly(
                d("2027-01-01"), d("2027-01-04"), d("2027-01-07"), d("2027-03-08"), d("2027-03-15"),
                d("2027-03-22"), d("2027-03-23"), d("2027-03-24"), d("2027-05-03"), d("2027-05-07"),
                d("2027-05-10"), d("2027-07-06"), d("2027-10-25"), d("2027-12-16"));
        assertThat(MOVED.calendarYear(2027).workingDays()).isEqualTo(261 - 14);
        assertThat(BASE.calendarYear(2027).workingDays()).isEqualTo(261 - 14);
        assertThat(MOVED.calendarYear(2027).provisional()).isTrue();
        assertThat(MOVED.calendarYear(2027).source()).contains("art. 94(2)").contains("[U]");
    }

    @Test
    void variantVersionIdsNameTheVariantAndOtherYearsKeepTheirs() {
        assertThat(MOVED.calendarVariant()).isEqualTo(VARIANT);
        assertThat(MOVED.calendarYear(2026).calendarVersion()).isEqualTo("kz-2026@2026-11-26~constitution-2026");
        assertThat(MOVED.calendarYear(2027).calendarVersion()).isEqualTo("kz-2027@2026-11-26~constitution-2026");
        assertThat(MOVED.calendarYear(2025).calendarVersion()).isEqualTo("kz-2025@2026-11-21");
    }

    @Test
    void dueDateExplanationNamesTheVariantVersion() {
        // registered Fri 28 Aug 2026; 3 WD. Base: weekend, Mon 31 off; 1, 2, 3 Sep. Variant: Mon 31 Aug (1), 1, 2 Sep.
        Instant received = OffsetDateTime.parse("2026-08-28T10:00:00+05:00").toInstant();
        assertThat(BASE.reviewDueDate(AppealKind.BAILIFF_REQUEST, received).dueDate()).isEqualTo("2026-09-03");
        DueDate moved = MOVED.reviewDueDate(AppealKind.BAILIFF_REQUEST, received);
        assertThat(moved.dueDate()).isEqualTo("2026-09-02");
        assertThat(moved.calendarVersion()).isEqualTo("kz-2026@2026-11-26~constitution-2026");
        assertThat(moved.explanation()).filteredOn(s -> s.type().equals("RULE")).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("calendar kz-2026@2026-11-26~constitution-2026"));
        assertThat(moved.explanation()).contains(new ExplanationStep(d("2026-08-31"), "COUNTED", "working day 1 of 3"));
        assertThat(MOVED.calendarVersion(d("2026-12-28"), d("2027-01-11")))
                .isEqualTo("kz-2026@2026-11-26~constitution-2026+kz-2027@2026-11-26~constitution-2026");
    }

    @Test
    void settingComesFromTheEnvironmentAndBaseMeansNone() {
        assertThat(ClockSettings.fromMap(Map.of("APPEALS_CALENDAR_VARIANT", VARIANT)).calendarVariant())
                .isEqualTo(VARIANT);
        assertThat(ClockSettings.fromMap(Map.of("APPEALS_CALENDAR_VARIANT", "base")).calendarVariant()).isNull();
        assertThat(ClockSettings.fromMap(Map.of("APPEALS_CALENDAR_VARIANT", " ")).calendarVariant()).isNull();
        assertThat(ClockSettings.fromMap(Map.of())).isEqualTo(ClockSettings.defaults());
    }

    /**
     * The operator's switch: write the variant's name into calendar-variant.txt in APPEALS_CALENDAR_DIR and reload.
     * The candidate clock reads the file, movesUnder says which open deadlines move (the command side records each as
     * DeadlineMoved), and the live clock takes the candidate's calendar.
     */
    @Test
    void switchingByTheVariantFileMovesOpenDeadlinesAndCanBeUndone() throws IOException {
        StatutoryClock live = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        List<OpenDeadline> open = List.of(
                // registered Mon 1 Mar 2027; 15 WD: 2-5 (1-4), 8 off, 9-12 (5-8), 15-19 (9-13), 22-24 off, 25-26
                // (14-15) -> Fri 26 Mar. With 15 March off: 16-19 (9-12), 25 (13), 26 (14), Mon 29 (15).
                new OpenDeadline("M-1", AppealKind.APPLICATION, Instant.parse("2027-03-01T05:00:00Z"),
                        d("2027-03-01"), d("2027-03-26")),
                // registered Mon 23 Aug 2027; 15 WD: 24-27 (1-4), 30 off, 31 (5), 1-3 Sep (6-8), 6-10 (9-13),
                // 13-14 (14-15) -> Tue 14 Sep. With 30 August worked: 30 (5) ... Mon 13 Sep (15).
                new OpenDeadline("M-2", AppealKind.APPLICATION, Instant.parse("2027-08-23T05:00:00Z"),
                        d("2027-08-23"), d("2027-09-14")),
                // registered Mon 5 Apr 2027; 6-9, 12-16, 19-23, 26 -> 26 Apr: no day in it changes
                new OpenDeadline("M-3", AppealKind.APPLICATION, Instant.parse("2027-04-05T05:00:00Z"),
                        d("2027-04-05"), d("2027-04-26")));
        assertThat(live.dueDate(AppealKind.APPLICATION, open.get(0).receivedAt())).isEqualTo("2027-03-26");
        assertThat(live.dueDate(AppealKind.APPLICATION, open.get(1).receivedAt())).isEqualTo("2027-09-14");

        Files.writeString(dir.resolve(ClockSettings.VARIANT_FILE), "# Constitution Day 15 March\n" + VARIANT + "\n");
        StatutoryClock candidate = StatutoryClock.create(live.settings());
        List<DueDateMove> moves = live.movesUnder(candidate, open);

        assertThat(moves).extracting(DueDateMove::id, DueDateMove::from, DueDateMove::to).containsExactly(
                tuple("M-1", d("2027-03-26"), d("2027-03-29")),
                tuple("M-2", d("2027-09-14"), d("2027-09-13")));
        assertThat(moves.get(0).reason()).contains("2027-03-15 is now a day off (Constitution Day)");
        assertThat(moves.get(1).reason()).contains("2027-08-30 is now a working day");
        assertThat(moves).extracting(DueDateMove::calendarVersion)
                .containsOnly("kz-2027@2026-11-26~constitution-2026");

        live.reloadFrom(candidate);
        assertThat(live.calendarVariant()).isEqualTo(VARIANT);
        assertThat(live.dueDate(AppealKind.APPLICATION, open.get(0).receivedAt())).isEqualTo("2027-03-29");

        Files.writeString(dir.resolve(ClockSettings.VARIANT_FILE), "base\n");
        StatutoryClock back = StatutoryClock.create(live.settings());
        assertThat(live.movesUnder(back, List.of(new OpenDeadline("M-1", AppealKind.APPLICATION,
                open.get(0).receivedAt(), d("2027-03-01"), d("2027-03-29")))))
                .extracting(DueDateMove::to).containsExactly(d("2027-03-26"));
        live.reload();
        assertThat(live.calendarVariant()).isEqualTo("base");
    }

    @Test
    void variantFileWinsOverTheSettingSoTheOperatorCanAlsoSwitchBack() throws IOException {
        ClockSettings settings = ClockSettings.defaults().withCalendarOverrideDir(dir).withCalendarVariant(VARIANT);
        assertThat(StatutoryClock.create(settings).calendarVariant()).isEqualTo(VARIANT);
        Files.writeString(dir.resolve(ClockSettings.VARIANT_FILE), "base");
        assertThat(StatutoryClock.create(settings).calendarVariant()).isEqualTo("base");
    }

    @Test
    void unknownVariantIsRefusedAndTheCalendarInForceStays() throws IOException {
        assertThatThrownBy(() -> StatutoryClock.create(ClockSettings.defaults().withCalendarVariant("constitution-2062")))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("constitution-2062").hasMessageContaining("base, constitution-2026");
        StatutoryClock live = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        Files.writeString(dir.resolve(ClockSettings.VARIANT_FILE), "constitution-2062");
        assertThatThrownBy(live::reload).isInstanceOf(CalendarDataException.class);
        assertThat(live.calendarVariant()).isEqualTo("base");
        assertThat(live.isWorkingDay(d("2026-08-31"))).isFalse();
    }

    @Test
    void overrideFileOfAnotherVariantIsRefused() throws IOException {
        String variantFile;
        try (InputStream in = getClass().getResourceAsStream(
                "/kz/appeals/clock/calendar/constitution-2026/kz-2027.json")) {
            variantFile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("kz-2027.json"), variantFile);
        assertThatThrownBy(() -> StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir)))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("belongs to variant constitution-2026");
        // with the variant selected the same override file is accepted
        Files.writeString(dir.resolve(ClockSettings.VARIANT_FILE), VARIANT);
        assertThat(StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir))
                .isWorkingDay(d("2027-03-15"))).isFalse();
    }

    private static List<LocalDate> nonWorkingWeekdays(StatutoryClock clock, int year) {
        return clock.calendarYear(year).nonWorkingDays().stream()
                .map(NonWorkingDay::date)
                .filter(date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
