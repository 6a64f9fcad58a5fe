package kz.appeals.clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Labour Code art. 85(3): a ministry transfer arrives as a file, without a redeploy")
class CalendarReloadTests {

    /** Hypothetical transfer: Friday 9 January 2026 off, Saturday 3 January 2026 worked. */
    private static final String TRANSFERS_2026 = """
            "transfers": [
                {"date": "2026-01-03", "becomes": "WORKING_DAY", "reason": "working day moved from 9 January 2026 (test order)"},
                {"date": "2026-01-09", "becomes": "DAY_OFF", "reason": "day off moved from 3 January 2026 (test order)"}
              ]""";

    @TempDir
    Path dir;

    @Test
    void overrideFileReplacesTheBundledYearAfterReload() throws IOException {
        StatutoryClock clock = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        assertThat(clock.isWorkingDay(LocalDate.parse("2026-01-09"))).isTrue();

        writeCorrected2026();
        clock.reload();

        assertThat(clock.isWorkingDay(LocalDate.parse("2026-01-09"))).isFalse();
        assertThat(clock.isWorkingDay(LocalDate.parse("2026-01-03"))).isTrue();
        assertThat(clock.calendarYear(2026).calendarVersion()).isEqualTo("kz-2026@2026-12-01");
        assertThat(clock.calendarYear(2025).calendarVersion()).isEqualTo("kz-2025@2026-11-21");
    }

    @Test
    void brokenOverrideFileIsRefusedAndThePreviousCalendarStays() throws IOException {
        StatutoryClock clock = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        Files.writeString(dir.resolve("kz-2026.json"), bundled2026().replace("\"transfers\"", "\"transfer\""));

        assertThatThrownBy(clock::reload).isInstanceOf(CalendarDataException.class).hasMessageContaining("kz-2026.json");
        assertThat(clock.calendarYear(2026).workingDays()).isEqualTo(246);
    }

    @Test
    void fileContradictingTheOfficialTotalIsRefused() throws IOException {
        Files.writeString(dir.resolve("kz-2026.json"), bundled2026().replace("\"officialWorkingDays\": 246",
                "\"officialWorkingDays\": 245"));
        assertThatThrownBy(() -> StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir)))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("official total is 245");
    }

    @Test
    void newCalendarVersionSaysWhichOpenDueDatesMoveAndWhy() throws IOException {
        StatutoryClock clock = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        List<OpenDeadline> open = List.of(
                // 15 WD from registration on 5 Jan 2026: 6, 8, 9, 12 ... ends 27 Jan; without 9 Jan ends 28 Jan
                new OpenDeadline("A-1", AppealKind.APPLICATION, Instant.parse("2025-12-31T14:00:00Z"),
                        LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-27")),
                // an extended deadline on 9 Jan: kept, but rolled forward to Monday 12 Jan
                new OpenDeadline("A-2", AppealKind.APPLICATION, Instant.parse("2025-11-03T05:00:00Z"),
                        LocalDate.parse("2025-11-03"), LocalDate.parse("2026-01-09")),
                // registered 2 March 2026, due 27 March: untouched by a January transfer
                new OpenDeadline("A-3", AppealKind.APPLICATION, Instant.parse("2026-03-02T05:00:00Z"),
                        LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-27")));

        writeCorrected2026();
        StatutoryClock candidate = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        List<DueDateMove> moves = clock.movesUnder(candidate, open);

        assertThat(moves).extracting(DueDateMove::id, DueDateMove::from, DueDateMove::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A-1", LocalDate.parse("2026-01-27"), LocalDate.parse("2026-01-28")),
                org.assertj.core.groups.Tuple.tuple("A-2", LocalDate.parse("2026-01-09"), LocalDate.parse("2026-01-12")));
        assertThat(moves.get(0).reason()).contains("2026-01-09 is now a day off").contains("art. 76(1)");
        assertThat(moves.get(0).calendarVersion()).isEqualTo("kz-2026@2026-12-01");
        assertThat(moves.get(1).reason()).contains("rolled forward");
    }

    @Test
    @DisplayName("APPC art. 76(2), 76(3): a redirected deadline is recounted from arrival; an extended one only rolls")
    void redirectedDeadlineIsRecountedFromArrivalAndExtendedOneOnlyRollsForward() throws IOException {
        StatutoryClock clock = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        Instant receivedMonday29Dec = Instant.parse("2025-12-29T05:00:00Z");
        List<OpenDeadline> open = List.of(
                // registered Mon 29 Dec 2025 (standard 15 WD would end 22 Jan); redirected, arrived Mon 5 Jan 2026:
                // 6, 8 (7 Jan off), 9, 12-16, 19-23, 26, 27 -> 27 Jan; without 9 Jan: 28 Jan
                new OpenDeadline("R-1", AppealKind.APPLICATION, receivedMonday29Dec, LocalDate.parse("2025-12-29"),
                        LocalDate.parse("2026-01-27"), LocalDate.parse("2026-01-05"), false),
                // extended by a decision to 27 Jan, which is also 15 WD from registration on 5 Jan 2026: a date fixed
                // by a decision is not recounted, and 27 Jan stays a working day, so it does not move
                new OpenDeadline("E-1", AppealKind.APPLICATION, Instant.parse("2026-01-05T05:00:00Z"),
                        LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-27"), null, true),
                // extended by a decision to Fri 9 Jan, which becomes a day off: rolled forward to Mon 12 Jan
                new OpenDeadline("E-2", AppealKind.APPLICATION, receivedMonday29Dec, LocalDate.parse("2025-12-29"),
                        LocalDate.parse("2026-01-09"), null, true),
                // redirected and then extended to 27 Jan: the decision wins, no move
                new OpenDeadline("E-3", AppealKind.APPLICATION, receivedMonday29Dec, LocalDate.parse("2025-12-29"),
                        LocalDate.parse("2026-01-27"), LocalDate.parse("2026-01-05"), true));

        writeCorrected2026();
        StatutoryClock candidate = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        List<DueDateMove> moves = clock.movesUnder(candidate, open);

        assertThat(moves).extracting(DueDateMove::id, DueDateMove::from, DueDateMove::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R-1", LocalDate.parse("2026-01-27"), LocalDate.parse("2026-01-28")),
                org.assertj.core.groups.Tuple.tuple("E-2", LocalDate.parse("2026-01-09"), LocalDate.parse("2026-01-12")));
        assertThat(moves.get(0).reason()).contains("2026-01-09 is now a day off")
                .contains("reached the competent body on 2026-01-05 (APPC art. 76(2))");
        assertThat(moves.get(1).reason()).contains("fixed by a decision").contains("76(3)").contains("rolled forward");
    }

    @Test
    void settingsComeFromTheEnvironment() {
        ClockSettings settings = ClockSettings.fromMap(Map.of(
                "APPEALS_END_OF_WORKING_DAY", "18:00",
                "APPEALS_CALENDAR_DIR", dir.toString(),
                "APPEALS_RULES_SWITCH_DATE", "2026-01-01"));
        assertThat(settings.endOfWorkingDay()).hasToString("18:00");
        assertThat(settings.calendarOverrideDir()).isEqualTo(dir);
        assertThat(settings.ruleSwitchDate()).isEqualTo("2026-01-01");
        assertThat(ClockSettings.fromMap(Map.of())).isEqualTo(ClockSettings.defaults());
    }

    private void writeCorrected2026() throws IOException {
        String corrected = bundled2026()
                .replace("\"version\": \"2026-11-21\"", "\"version\": \"2026-12-01\"")
                .replace("\"transfers\": []", TRANSFERS_2026);
        Files.writeString(dir.resolve("kz-2026.json"), corrected);
    }

    private static String bundled2026() throws IOException {
        try (InputStream in = CalendarReloadTests.class.getResourceAsStream("/kz/appeals/clock/calendar/kz-2026.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
