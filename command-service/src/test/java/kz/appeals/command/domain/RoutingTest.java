package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.POLICE;
import static kz.appeals.command.domain.Scenario.almaty;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.inReview;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.registered;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.intake.AssignExecutor;
import kz.appeals.command.domain.intake.FileChildAppeal;
import kz.appeals.command.domain.intake.PartiallyRedirectAppeal;
import kz.appeals.command.domain.intake.RedirectAppeal;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealPartiallyRedirected;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.events.SimplifiedOutcome;
import kz.appeals.lifecycle.AppealState;

/**
 * Routing (APPC art. 65, 76(2)) and assignment. The appeal was received on Tue 17 March 2026 at 10:00; the 3 working
 * days to redirect it are 18, 19 and 20 March (due Fri 20 March).
 */
class RoutingTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    @Test
    @DisplayName("APPC art. 65, 76(2): redirected within 3 working days; the period restarts the day after arrival")
    void appealIsRedirectedAndItsPeriodRestartsAtTheCompetentBody() {
        scenario.today("2026-03-19T10:00");
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()))
                .when(new RedirectAppeal("a-1", 2L, POLICE, "concerns the police", date("2026-03-20")))
                .expectEventsMatching(events(
                        is(AppealRedirected.class, r -> r.from().equals(AKIMAT) && r.to().equals(POLICE)
                                && r.redirectedOn().equals(date("2026-03-19"))
                                && r.arrivesOn().equals(date("2026-03-20"))
                                && r.redirectDueDate().date().equals(date("2026-03-20")) && !r.late()
                                && r.legalBasis().contains("65")),
                        // from 21 March: 23-25 are Nauryz days off, 26-27 (2), 30-31 (4), 1-3 Apr (7), 6-10 (12),
                        // 13-15 (15) -> Wed 15 April; warnings Fri 10 April (13, 14, 15 left) and Tue 14 April
                        is(DeadlineScheduled.class, d -> d.deadlineId().equals("a-1:REVIEW")
                                && d.startsOn().equals(date("2026-03-21")) && d.dueDate().equals(date("2026-04-15"))
                                && d.warningDays().equals(List.of(date("2026-04-10"), date("2026-04-14"))))));
    }

    @Test
    @DisplayName("APPC art. 65: a redirect after the 3 working days is still made, and recorded as late")
    void lateRedirectIsRecordedAsLate() {
        scenario.today("2026-03-26T10:00");
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()))
                .when(new RedirectAppeal("a-1", null, POLICE, "concerns the police", date("2026-03-26")))
                .expectEventsMatching(events(
                        is(AppealRedirected.class, AppealRedirected::late),
                        // from 27 March: 27 (1), 30-31 (3), 1-3 Apr (6), 6-10 (11), 13-16 (15) -> Thu 16 April
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(date("2026-04-16")))));
    }

    @Test
    @DisplayName("APPC art. 65: an appeal is not redirected to the body that already has it")
    void redirectToTheSameBodyIsRefused() {
        scenario.today("2026-03-19T10:00");
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()))
                .when(new RedirectAppeal("a-1", null, AKIMAT, "mistake", date("2026-03-19")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 65"));
    }

    @Test
    @DisplayName("APPC art. 65: a decided appeal is not redirected")
    void redirectAfterTheDecisionIsRefused() {
        fixture.given(with(inReview("a-1", AppealKind.REQUEST), new SimplifiedAnswerGiven("a-1",
                        SimplifiedOutcome.EXPLAINED, "explained", List.of("Law X"), date("2026-03-31"), "exec-1", false,
                        "APPC art. 88, 89")))
                .when(new RedirectAppeal("a-1", null, POLICE, "late idea", date("2026-04-01")))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 65: a part outside competence goes to the competent body as a child appeal")
    void partOfTheAppealIsRedirectedAsAChildAppeal() {
        scenario.today("2026-03-19T10:00");
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()))
                .when(new PartiallyRedirectAppeal("a-1", null, "c-1", POLICE, "noise at night", "police matter",
                        date("2026-03-20")))
                .expectEventsMatching(events(
                        is(AppealPartiallyRedirected.class, r -> r.childAppealId().equals("c-1")
                                && r.to().equals(POLICE) && r.part().equals("noise at night")
                                && r.redirectDueDate().date().equals(date("2026-03-20")) && !r.late())));
    }

    @Test
    @DisplayName("APPC art. 65: a partial redirect says which part goes")
    void partialRedirectWithoutThePartIsRefused() {
        scenario.today("2026-03-19T10:00");
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()))
                .when(new PartiallyRedirectAppeal("a-1", null, "c-1", POLICE, " ", "police matter",
                        date("2026-03-20")))
                .expectException(RuleViolation.class);
    }

    @Test
    @DisplayName("APPC art. 65, 76(2): the child appeal gets its own number and a clock from its arrival")
    void childAppealIsRegisteredAtTheCompetentBodyWithItsOwnClock() {
        scenario.today("2026-03-19T10:00");
        scenario.records.put("a-1", new AppealRecord("a-1", AppealKind.APPLICATION, AppealState.REGISTERED,
                "ЖТ-2026-00000001", CITIZEN, List.of(), AKIMAT, AppealForm.ELECTRONIC, Channel.E_OTINISH,
                almaty("2026-03-17T10:00"), null, null, null, null, null, null, null));
        fixture.givenNoPriorActivity()
                .when(new FileChildAppeal("c-1", "a-1", POLICE, "noise at night", date("2026-03-20")))
                .expectEventsMatching(events(
                        e -> e.equals(new AppealFiled("c-1", AppealKind.APPLICATION, CITIZEN, List.of(), POLICE,
                                "noise at night", AppealForm.ELECTRONIC, Channel.E_OTINISH,
                                almaty("2026-03-17T10:00"), "a-1")),
                        is(AppealRegistered.class, r -> r.registrationNumber().equals("ЖТ-2026-00000001")
                                && r.registeredOn().equals(date("2026-03-20"))
                                && r.reviewStartsOn().equals(date("2026-03-21"))
                                && r.dueDate().equals(date("2026-04-15"))
                                && r.registrationReason().contains("APPC art. 65")),
                        is(DeadlineScheduled.class, d -> d.deadlineId().equals("c-1:REVIEW")
                                && d.dueDate().equals(date("2026-04-15")))));
    }

    @Test
    @DisplayName("An executor and co-executors of the body that has the appeal are put in charge")
    void executorIsAssigned() {
        fixture.given(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of()))
                .when(new AssignExecutor("a-1", 2L, AKIMAT.bodyId(), "exec-1", List.of("co-1", "co-2")))
                .expectEvents(new ExecutorAssigned("a-1", AKIMAT.bodyId(), "exec-1", List.of("co-1", "co-2"), null,
                        "APPC art. 64(1)"))
                .expectResultMessagePayload(new CommandAck("a-1", 3L, AppealState.IN_REVIEW));
    }

    @Test
    @DisplayName("A reassignment names the previous executor")
    void reassignmentNamesThePreviousExecutor() {
        fixture.given(inReview("a-1"))
                .when(new AssignExecutor("a-1", null, AKIMAT.bodyId(), "exec-2", List.of()))
                .expectEvents(new ExecutorAssigned("a-1", AKIMAT.bodyId(), "exec-2", List.of(), "exec-1",
                        "APPC art. 64(1)"));
    }

    @Test
    @DisplayName("APPC art. 65: only the body that has the appeal assigns it")
    void assignmentAtAnotherBodyIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new AssignExecutor("a-1", null, POLICE.bodyId(), "cop-1", List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("redirect it"));
    }

    @Test
    @DisplayName("The executor is not also one of the co-executors")
    void executorAmongCoExecutorsIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new AssignExecutor("a-1", null, AKIMAT.bodyId(), "exec-2", List.of("exec-2")))
                .expectException(RuleViolation.class);
    }
}
