package kz.appeals.command.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.deadlines.MoveDeadlineForCalendar;
import kz.appeals.command.infra.OpenDeadlines;
import kz.appeals.events.Actor;

/**
 * The operator switches to the calendar variant constitution-2026 (Monday 15 March 2027 Constitution Day) by writing
 * calendar-variant.txt into APPEALS_CALENDAR_DIR and calling the reload; every move is sent as a command naming the
 * new calendar version. No database: the open deadlines and the command gateway are stand-ins.
 */
class CalendarReloadTest {

    private static final String VARIANT_VERSION = "kz-2027@2026-11-26~constitution-2026";

    @TempDir
    Path dir;

    @Test
    void switchingToTheConstitutionDayVariantMovesReviewAndProceduralDeadlinesNamingTheNewVersion() throws IOException {
        StatutoryClock live = StatutoryClock.create(ClockSettings.defaults().withCalendarOverrideDir(dir));
        Clock today = Clock.fixed(Instant.parse("2027-03-11T05:00:00Z"), ZoneOffset.UTC);   // Thu 11 March 2027
        StatutoryTime time = new StatutoryTime(live, today, List.of(3, 1));
        Instant received = Instant.parse("2027-03-11T05:00:00Z");
        List<OpenDeadlines.Row> open = List.of(
                // registered Thu 11 March; 15 WD: 12 (1), 15-19 (2-6), 22-24 Nauryz, 25-26 (7-8), 29 Mar-2 Apr
                // (9-13), 5-6 (14-15) -> Tue 6 April; with 15 March off: 12, 16-19, 25-26, 29-2, 5-7 -> Wed 7 April
                new OpenDeadlines.Row("A-1/REVIEW", "A-1", "REVIEW", AppealKind.APPLICATION, received,
                        LocalDate.parse("2027-03-11"), LocalDate.parse("2027-03-12"), LocalDate.parse("2027-04-06"),
                        null, false),
                // art. 64(7): return within 3 WD of 11 March: 12, 15, 16 -> Tue 16 March; with 15 March off: 17 March
                // (a deadline the command side schedules: DeadlineTimer.RETURN, counted by ProceduralTimer.RETURN)
                new OpenDeadlines.Row("A-1:RETURN", "A-1", "RETURN", AppealKind.APPLICATION, received,
                        LocalDate.parse("2027-03-11"), LocalDate.parse("2027-03-12"), LocalDate.parse("2027-03-16"),
                        null, false));
        OpenDeadlines deadlines = new OpenDeadlines(null, null) {
            @Override
            public List<Row> dueOnOrAfter(LocalDate day) {
                return open;
            }
        };
        List<MoveDeadlineForCalendar> sent = new ArrayList<>();
        CommandGateway gateway = (CommandGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendAndWait")) {
                        sent.add((MoveDeadlineForCalendar) ((CommandMessage<?>) args[0]).getPayload());
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        CalendarReload reload = new CalendarReload(live, time, deadlines, gateway);

        Files.writeString(dir.resolve(ClockSettings.VARIANT_FILE), "constitution-2026\n");
        CalendarReload.Result result = reload.reload(new Actor("operator-1", "OPERATOR", null));

        assertThat(sent).extracting(MoveDeadlineForCalendar::timer, MoveDeadlineForCalendar::from,
                MoveDeadlineForCalendar::to, MoveDeadlineForCalendar::calendarVersion).containsExactlyInAnyOrder(
                tuple("REVIEW", LocalDate.parse("2027-04-06"), LocalDate.parse("2027-04-07"), VARIANT_VERSION),
                tuple("RETURN", LocalDate.parse("2027-03-16"), LocalDate.parse("2027-03-17"), VARIANT_VERSION));
        assertThat(sent).allSatisfy(move -> assertThat(move.reason()).contains("2027"));
        // 2028 has no calendar file yet: the answer lists the loaded year instead of failing after the moves
        assertThat(result.calendarVersions()).containsExactly(VARIANT_VERSION);
        assertThat(live.calendarVariant()).isEqualTo("constitution-2026");
    }
}
