package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.COMPANY;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.is;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.events.Actor;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.Party;

/**
 * Filing and registration, given-when-then. Expected dates are worked out by hand from the 2026 calendar:
 * Nauryz falls on Sat 21 - Mon 23 March 2026, so 23, 24 and 25 March are days off.
 */
class AppealTest {

    private static final Instant TALON_TIME = Instant.parse("2026-03-16T04:00:00Z");

    private final Scenario scenario = new Scenario();
    private final org.axonframework.test.aggregate.FixtureConfiguration<Appeal> fixture = scenario.fixture;

    AppealTest() {
        scenario.wallClock.set(TALON_TIME);
    }

    private static FileAppeal file(String id, AppealKind kind, Party applicant, AppealForm form, String receivedAt) {
        return new FileAppeal(id, kind, applicant, List.of(), AKIMAT, "Street lighting on Abay avenue is broken",
                form, Channel.E_OTINISH, OffsetDateTime.parse(receivedAt).toInstant(), false, null, null);
    }

    @Test
    @DisplayName("APPC art. 64(3), 76(1): filed Saturday evening -> registered Monday, answer due 15 working days on")
    void applicationFiledOnSaturdayIsRegisteredOnTheNextWorkingDay() {
        FileAppeal command = file("a-1", AppealKind.APPLICATION, CITIZEN, AppealForm.ELECTRONIC,
                "2026-03-14T19:00:00+05:00");
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(events(
                        e -> e.equals(new AppealFiled("a-1", AppealKind.APPLICATION, CITIZEN, List.of(), AKIMAT,
                                command.substance(), AppealForm.ELECTRONIC, Channel.E_OTINISH, command.receivedAt())),
                        // counted: 17-20 Mar (4), 26-27 (6), 30-31 (8), 1-3 Apr (11), 6-9 Apr (15)
                        is(AppealRegistered.class, r -> r.registrationNumber().equals("ЖТ-2026-00000001")
                                && r.registeredOn().equals(LocalDate.of(2026, 3, 16))
                                && r.reviewStartsOn().equals(LocalDate.of(2026, 3, 17))
                                && r.dueDate().equals(LocalDate.of(2026, 4, 9))
                                && r.legalBasis().contains("76")
                                && r.registrar().equals("automatic registration")
                                && r.talonIssuedAt().equals(TALON_TIME)
                                && !r.explanation().isEmpty()
                                && r.ruleSetVersion() != null && r.calendarVersion() != null),
                        // warnings: 3 working days left on Mon 6 Apr (7, 8, 9 remain), 1 left on Wed 8 Apr
                        is(DeadlineScheduled.class, d -> d.deadlineId().equals("a-1:REVIEW")
                                && d.timer().equals("REVIEW")
                                && d.startsOn().equals(LocalDate.of(2026, 3, 17))
                                && d.dueDate().equals(LocalDate.of(2026, 4, 9))
                                && d.warningDays().equals(List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 8)))
                                && !d.explanation().isEmpty() && d.ruleSetVersion() != null)));
    }

    @Test
    @DisplayName("APPC art. 64(3): received on a working day before 18:30 -> registered the same day")
    void applicationReceivedInWorkingHoursIsRegisteredTheSameDay() {
        fixture.givenNoPriorActivity()
                .when(file("a-2", AppealKind.APPLICATION, CITIZEN, AppealForm.ELECTRONIC,
                        "2026-03-17T10:00:00+05:00"))
                // counted from 18 Mar: 18-20 (3), 26-27 (5), 30-31 (7), 1-3 Apr (10), 6-10 Apr (15)
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.registeredOn().equals(LocalDate.of(2026, 3, 17))
                                && r.dueDate().equals(LocalDate.of(2026, 4, 10))),
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(LocalDate.of(2026, 4, 10)))));
    }

    @Test
    @DisplayName("APPC art. 64(2): a legal entity's talon has the ЗТ prefix and its own yearly counter")
    void legalEntityTalonHasItsOwnPrefixAndCounter() {
        fixture.givenNoPriorActivity()
                .when(file("b-1", AppealKind.APPLICATION, COMPANY, AppealForm.ELECTRONIC,
                        "2026-03-17T10:00:00+05:00"))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.registrationNumber().equals("ЗТ-2026-00000001")),
                        is(DeadlineScheduled.class, d -> true)));
    }

    @Test
    @DisplayName("APPC art. 64(2): a paper appeal's talon names the official who registered it")
    void paperAppealIsRegisteredByTheActingOfficial() {
        Actor registrar = new Actor("registrar-17", "REGISTRAR", "almaty-akimat");
        fixture.givenNoPriorActivity()
                .when(file("p-1", AppealKind.APPLICATION, CITIZEN, AppealForm.PAPER, "2026-03-17T10:00:00+05:00"),
                        ActorMetaData.of(registrar))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.registrar().equals("registrar-17")),
                        is(DeadlineScheduled.class, d -> true)));
    }
}
