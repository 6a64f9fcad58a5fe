package kz.appeals.command.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.deadlines.DeadlineTrigger;

/**
 * The wake-ups a deadline's row implies are the ones the appeal arms (Deadlines.arm): a warning at 00:00 Almaty of
 * the 3rd and the 1st working day before the due date, the expiry at 00:00 of the day after it (APPC art. 76; 2026
 * calendar: 7 and 9 April are the 3rd and 1st working days before Friday 10 April).
 */
class DeadlineAlarmTest {

    final StatutoryTime time = new StatutoryTime(StatutoryClock.create(ClockSettings.defaults()),
            Clock.fixed(Instant.parse("2026-03-17T05:00:00Z"), ZoneOffset.UTC), List.of(3, 1));
    final LocalDate due = LocalDate.parse("2026-04-10");

    @Test
    void theWarningDaysOfTheEventGetTheirWorkingDaysLeftAndTheExpiryComesLast() {
        DeadlineAlarm alarm = DeadlineAlarm.of("REVIEW", due,
                List.of(LocalDate.parse("2026-04-07"), LocalDate.parse("2026-04-09")), time);

        assertThat(alarm.workingDaysLeftLiteral()).isEqualTo("{3,1}");
        assertThat(alarm.warningDaysLiteral()).isEqualTo("{2026-04-07,2026-04-09}");
        assertThat(alarm.steps(time)).extracting(DeadlineAlarm.Step::trigger).containsExactly(
                new DeadlineTrigger("REVIEW", due, 3, LocalDate.parse("2026-04-07")),
                new DeadlineTrigger("REVIEW", due, 1, LocalDate.parse("2026-04-09")),
                new DeadlineTrigger("REVIEW", due, 0, LocalDate.parse("2026-04-11")));
        assertThat(alarm.firstAt(time)).isEqualTo(Instant.parse("2026-04-06T19:00:00Z"));
    }

    @Test
    void eachWakeUpLeadsToTheNextAndTheExpiryToNone() {
        DeadlineAlarm alarm = DeadlineAlarm.of("REVIEW", due,
                List.of(LocalDate.parse("2026-04-07"), LocalDate.parse("2026-04-09")), time);
        Instant first = alarm.firstAt(time);
        Instant second = alarm.nextAfter(first, time);
        Instant expiry = alarm.nextAfter(second, time);

        assertThat(second).isEqualTo(time.startOf(LocalDate.parse("2026-04-09")));
        assertThat(expiry).isEqualTo(time.expiryOf(due));
        assertThat(alarm.stepAt(expiry, time).trigger().expiry()).isTrue();
        assertThat(alarm.nextAfter(expiry, time)).isNull();
    }

    @Test
    void withoutWarningsTheOnlyWakeUpIsTheExpiry() {
        DeadlineAlarm alarm = DeadlineAlarm.of("REVIEW", due, List.of(), time);

        assertThat(alarm.warningDaysLiteral()).isEqualTo("{}");
        assertThat(alarm.firstAt(time)).isEqualTo(time.expiryOf(due));
        assertThat(alarm.nextAfter(alarm.firstAt(time), time)).isNull();
    }
}
