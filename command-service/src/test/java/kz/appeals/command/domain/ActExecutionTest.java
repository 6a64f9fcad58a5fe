package kz.appeals.command.domain;

import static kz.appeals.command.domain.DecisionTest.ROUTE;
import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.inReview;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.command.domain.complaint.SuspendActExecution;
import kz.appeals.command.domain.decision.IssueAdministrativeAct;
import kz.appeals.command.domain.decision.RecordActExecution;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.Actor;
import kz.appeals.events.AdministrativeActExecuted;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;

/**
 * Execution of the administrative act (APPC art. 86(3)): 5 working days unless the act (or a law) states another
 * period; a complaint suspends it (art. 96). The appeal of {@link Scenario#inReview} is due Fri 10 April 2026.
 */
class ActExecutionTest {

    private static final Actor EXECUTOR = new Actor("exec-1", "EXECUTOR", AKIMAT.bodyId());

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    private static IssueAdministrativeAct act(ActOutcome outcome, LocalDate executeBy) {
        return new IssueAdministrativeAct("a-1", null, "act-1", "123-A", ActNature.FAVOURABLE, outcome,
                "permit granted", ROUTE, executeBy);
    }

    /** A permit granted on Mon 6 April 2026, to be executed by Mon 13 April. */
    static List<Object> granted() {
        return with(inReview("a-1"),
                new AdministrativeActIssued("a-1", "act-1", "123-A", ActNature.FAVOURABLE, ActOutcome.SATISFIED,
                        "permit granted", date("2026-04-06"), "exec-1", AKIMAT.bodyId(), ROUTE, false,
                        "APPC art. 77, 78, 80(5)"),
                new DeadlineClosed("a-1", "a-1:REVIEW", "REVIEW", date("2026-04-10"), date("2026-04-06"), true,
                        "AdministrativeActIssued", "APPC art. 76(1)"),
                new DeadlineScheduled("a-1", "a-1:ACT_EXECUTION", "ACT_EXECUTION", date("2026-04-07"),
                        date("2026-04-13"), "5 working days", "APPC art. 86(3)", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    @Test
    @DisplayName("APPC art. 86(3): an act adopted on Mon 6 April 2026 is executed by Mon 13 April (5 working days)")
    void actStartsItsExecutionPeriod() {
        scenario.today("2026-04-06T10:00");
        fixture.given(inReview("a-1"))
                .when(act(ActOutcome.SATISFIED, null), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> a.issuedOn().equals(date("2026-04-06"))),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        // 7, 8, 9, 10 (Fri), 13 (Mon) April; warnings on Wed 8 (3 left) and Fri 10 April (1 left)
                        is(DeadlineScheduled.class, d -> d.timer().equals("ACT_EXECUTION")
                                && d.startsOn().equals(date("2026-04-07")) && d.dueDate().equals(date("2026-04-13"))
                                && d.legalBasis().equals("APPC art. 86(3)") && d.period().equals("5 working days")
                                && d.warningDays().equals(List.of(date("2026-04-08"), date("2026-04-10"))))));
    }

    @Test
    @DisplayName("APPC art. 86(3): the act may state its own period: by Thu 30 April 2026 (18 working days)")
    void actStatesItsOwnExecutionPeriod() {
        scenario.today("2026-04-06T10:00");
        fixture.given(inReview("a-1"))
                .when(act(ActOutcome.PARTLY_SATISFIED, date("2026-04-30")), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> true),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        // working days after Mon 6 April: 7-10 (4), 13-17 (9), 20-24 (14), 27-30 April (18)
                        is(DeadlineScheduled.class, d -> d.timer().equals("ACT_EXECUTION")
                                && d.dueDate().equals(date("2026-04-30")) && d.period().equals("18 working days")
                                && d.legalBasis().equals("APPC art. 86(3)"))));
    }

    @Test
    @DisplayName("APPC art. 86(3): a refusal leaves nothing to execute, so no execution period runs")
    void refusalStartsNoExecutionPeriod() {
        scenario.today("2026-04-06T10:00");
        fixture.given(inReview("a-1"))
                .when(new IssueAdministrativeAct("a-1", null, "act-1", "123-A", ActNature.FAVOURABLE,
                        ActOutcome.REFUSED, "refused", ROUTE), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> true),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC art. 86(3): an execution date before the act is refused")
    void executionDateBeforeTheActIsRefused() {
        scenario.today("2026-04-06T10:00");
        fixture.given(inReview("a-1"))
                .when(act(ActOutcome.SATISFIED, date("2026-04-03")), ActorMetaData.of(EXECUTOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 86(3)"));
    }

    @Test
    @DisplayName("APPC art. 76(5): an execution date on a day off (Sat 11 April 2026) is refused")
    void executionDateOnADayOffIsRefused() {
        scenario.today("2026-04-06T10:00");
        fixture.given(inReview("a-1"))
                .when(act(ActOutcome.SATISFIED, date("2026-04-11")), ActorMetaData.of(EXECUTOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 76(5)"));
    }

    @Test
    @DisplayName("APPC art. 86(3): executed in time, the period closes as met")
    void executionInTimeClosesThePeriod() {
        scenario.today("2026-04-10T10:00");
        fixture.given(granted())
                .when(new RecordActExecution("a-1", null, "permit handed over"))
                .expectEvents(
                        new AdministrativeActExecuted("a-1", "act-1", date("2026-04-10"), "permit handed over", false,
                                "APPC art. 86(3)"),
                        new DeadlineClosed("a-1", "a-1:ACT_EXECUTION", "ACT_EXECUTION", date("2026-04-13"),
                                date("2026-04-10"), true, "AdministrativeActExecuted", "APPC art. 86(3)"));
    }

    @Test
    @DisplayName("APPC art. 86(3): executed on Tue 14 April, after Mon 13 April, it is recorded as late")
    void lateExecutionIsRecordedAsLate() {
        scenario.today("2026-04-14T10:00");
        fixture.given(granted())
                .when(new RecordActExecution("a-1", null, "permit handed over"))
                .expectEventsMatching(events(
                        is(AdministrativeActExecuted.class, AdministrativeActExecuted::late),
                        is(DeadlineClosed.class, c -> !c.met())));
    }

    @Test
    @DisplayName("APPC art. 86(3): an act is executed once")
    void executionIsRecordedOnce() {
        fixture.given(with(granted(), new AdministrativeActExecuted("a-1", "act-1", date("2026-04-10"), "done",
                        false, "APPC art. 86(3)")))
                .when(new RecordActExecution("a-1", null, "again"))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 96: a complaint suspends the execution; its period closes and execution is refused")
    void complaintSuspendsTheExecution() {
        scenario.today("2026-04-08T10:00");
        fixture.given(granted())
                .when(new SuspendActExecution("a-1", "c-1"))
                .expectEvents(
                        new ActExecutionSuspended("a-1", "act-1", "c-1", date("2026-04-08"), "APPC art. 96"),
                        new DeadlineClosed("a-1", "a-1:ACT_EXECUTION", "ACT_EXECUTION", date("2026-04-13"),
                                date("2026-04-08"), true, "ActExecutionSuspended", "APPC art. 86(3)"));
        fixture.given(with(granted(), new ActExecutionSuspended("a-1", "act-1", "c-1", date("2026-04-08"),
                        "APPC art. 96")))
                .when(new RecordActExecution("a-1", null, "handed over"))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("APPC art. 96"));
    }
}
