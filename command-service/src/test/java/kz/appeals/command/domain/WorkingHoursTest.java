package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.domain.intake.WorkingHours;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineScheduled;

/**
 * Issue 12, item 12: the talon (APPC art. 64(2)) and the registration day (art. 64(3)) follow the receiving body's own
 * end of working hours: a public service centre open to 20:00 registers at 19:00 the same day, the akimat (18:30) the
 * next working day.
 */
class WorkingHoursTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    private static FileAppeal at(Addressee body, String localTime) {
        return new FileAppeal("a-1", AppealKind.APPLICATION, CITIZEN, List.of(), body, "The bus stop has no roof",
                AppealForm.PAPER, Channel.IN_PERSON, almaty(localTime), false, null, null);
    }

    @Test
    @DisplayName("APPC art. 64(3): at 19:00 on Tue 17 March a centre open to 20:00 registers the same day")
    void serviceCentreOpenLongerRegistersTheSameDay() {
        scenario.today("2026-03-17T19:00");
        fixture.givenNoPriorActivity()
                .when(at(SERVICE_CENTRE, "2026-03-17T19:00"))
                // 15 WD from 18 Mar: 18-20 (3), 23-25 Nauryz off, 26-27 (5), 30-31 (7), 1-3 Apr (10), 6-10 Apr (15)
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.registeredOn().equals(date("2026-03-17"))
                                && r.registrationReason().contains("20:00")
                                && r.dueDate().equals(date("2026-04-10"))),
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(date("2026-04-10")))));
    }

    @Test
    @DisplayName("APPC art. 64(3): the same minute at the akimat (18:30) counts as received on Wed 18 March")
    void bodyClosingAtHalfPastSixRegistersTheNextWorkingDay() {
        scenario.today("2026-03-17T19:00");
        fixture.givenNoPriorActivity()
                .when(at(AKIMAT, "2026-03-17T19:00"))
                // 15 WD from 19 Mar: 19-20 (2), 23-25 off, 26-27 (4), 30-31 (6), 1-3 Apr (9), 6-10 (14), 13 Apr (15)
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.registeredOn().equals(date("2026-03-18"))
                                && r.registrationReason().contains("18:30")
                                && r.dueDate().equals(date("2026-04-13"))),
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(date("2026-04-13")))));
    }

    @Test
    @DisplayName("The working-hours file: bodyId,HH:mm per line; unlisted bodies end at the default")
    void workingHoursFileIsReadAndCheckedLineByLine() {
        WorkingHours hours = WorkingHours.parse(List.of("# comment", "", "almaty-psc, 20:00"), LocalTime.of(18, 30));
        assertThat(hours.endOfWorkingDay("almaty-psc")).isEqualTo(LocalTime.of(20, 0));
        assertThat(hours.endOfWorkingDay("almaty-akimat")).isEqualTo(LocalTime.of(18, 30));
        assertThatThrownBy(() -> WorkingHours.parse(List.of("almaty-psc,8pm"), LocalTime.of(18, 30)))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> WorkingHours.parse(List.of("a,20:00", "a,19:00"), LocalTime.of(18, 30)))
                .hasMessageContaining("line 2").hasMessageContaining("twice");
    }
}
