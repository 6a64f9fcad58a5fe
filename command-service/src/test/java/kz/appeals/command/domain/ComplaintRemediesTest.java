package kz.appeals.command.domain;

import static kz.appeals.command.domain.DecisionTest.ROUTE;
import static kz.appeals.command.domain.DecisionTest.act;
import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.NEIGHBOUR;
import static kz.appeals.command.domain.Scenario.almaty;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.inReview;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.complaint.RecordComplaintRefiling;
import kz.appeals.command.domain.complaint.RestoreComplaintFilingPeriod;
import kz.appeals.command.domain.complaint.SuspendActExecution;
import kz.appeals.command.domain.decision.StateSuspensionException;
import kz.appeals.events.ActNature;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintFilingPeriodRestored;
import kz.appeals.events.ComplaintRefiled;
import kz.appeals.events.LeaveWithoutConsiderationGround;
import kz.appeals.events.Party;
import kz.appeals.events.SuspensionExceptionStated;
import kz.appeals.lifecycle.AppealState;

/**
 * What keeps a complaint's road open (APPC arts. 92(2), 95(3), 96). The challenged act 123-A of the akimat was issued
 * and delivered on Mon 6 April 2026; complaints arrive on Tue 14 April 2026 (see {@link ComplaintTest}).
 */
class ComplaintRemediesTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    @Test
    @DisplayName("APPC art. 92(2): learned of the act on 5 January, the 3 months ended Mon 6 April; restored for illness")
    void missedFilingPeriodIsRestoredForAGoodReason() {
        scenario.today("2026-04-14T10:00");
        scenario.records.put("a-1", ComplaintTest.decidedAppeal(ROUTE, "act-1"));
        // 5 January + 3 months = Sun 5 April -> Mon 6 April (art. 76(5)); filed 14 April: late, examined (92(3))
        fixture.givenCommands(ComplaintTest.complaint(date("2026-01-05")))
                .when(new RestoreComplaintFilingPeriod("c-1", null, "in hospital from 10 January to 10 April"),
                        ActorMetaData.of(new kz.appeals.events.Actor("reviewer-1", "COMPLAINT_REVIEWER", "region")))
                .expectEvents(new ComplaintFilingPeriodRestored("c-1", "in hospital from 10 January to 10 April",
                        date("2026-04-14"), "reviewer-1", "APPC art. 92(2)"));
    }

    @Test
    @DisplayName("APPC art. 92(2): a complaint filed in time has no missed period to restore")
    void complaintInTimeIsNotRestored() {
        fixture.given(ComplaintTest.filed())
                .when(new RestoreComplaintFilingPeriod("c-1", null, "illness"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("filed in time"));
    }

    @Test
    @DisplayName("APPC art. 92(2): the good reason is stated")
    void restorationWithoutReasonIsRefused() {
        scenario.today("2026-04-14T10:00");
        scenario.records.put("a-1", ComplaintTest.decidedAppeal(ROUTE, "act-1"));
        fixture.givenCommands(ComplaintTest.complaint(date("2026-01-05")))
                .when(new RestoreComplaintFilingPeriod("c-1", null, " "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("good reason"));
    }

    @Test
    @DisplayName("APPC art. 96: the act states, on the day it is adopted, that a complaint does not suspend it")
    void actStatesTheExceptionToSuspension() {
        scenario.today("2026-04-06T15:00");
        fixture.given(with(inReview("a-1"), act("a-1", ActNature.FAVOURABLE)))
                .when(new StateSuspensionException("a-1", null, "art. 96: a threat to life and health",
                        "the building may collapse"))
                .expectEvents(new SuspensionExceptionStated("a-1", "act-1", "art. 96: a threat to life and health",
                        "the building may collapse", "APPC art. 96"));
    }

    @Test
    @DisplayName("APPC art. 96: then a complaint does not suspend the act")
    void complaintDoesNotSuspendAnActStatingTheException() {
        fixture.given(with(inReview("a-1"), act("a-1", ActNature.FAVOURABLE), new SuspensionExceptionStated("a-1",
                        "act-1", "art. 96: a threat to life and health", "collapse", "APPC art. 96")))
                .when(new SuspendActExecution("a-1", "c-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 96: the exception is part of the act: not added on Tue 7 April to an act of 6 April")
    void exceptionAddedLaterIsRefused() {
        scenario.today("2026-04-07T10:00");
        fixture.given(with(inReview("a-1"), act("a-1", ActNature.FAVOURABLE)))
                .when(new StateSuspensionException("a-1", null, "art. 96", "collapse"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("2026-04-06"));
    }

    static AppealRecord leftWithoutConsideration(Party complainant, String challenged) {
        return new AppealRecord("c-0", AppealKind.COMPLAINT, AppealState.LEFT_WITHOUT_CONSIDERATION,
                "ЖТ-2026-00000002", complainant, List.of(), AKIMAT, null, null, almaty("2026-04-08T10:00"), null, null,
                null, null, null, challenged, null, null, LeaveWithoutConsiderationGround.WITHDRAWN);
    }

    @Test
    @DisplayName("APPC art. 95(3): a complaint left without consideration is filed again")
    void complaintIsFiledAgainAfterItWasLeftWithoutConsideration() {
        scenario.records.put("c-0", leftWithoutConsideration(CITIZEN, "a-1"));
        fixture.given(ComplaintTest.filed())
                .when(new RecordComplaintRefiling("c-1", null, "c-0"))
                .expectEventsMatching(events(is(ComplaintRefiled.class, r -> r.earlierComplaintId().equals("c-0")
                        && r.earlierGround() == LeaveWithoutConsiderationGround.WITHDRAWN
                        && r.legalBasis().equals("APPC art. 95(3)"))));
    }

    @Test
    @DisplayName("APPC art. 95(3): only the same complainant's complaint against the same appeal is re-filed")
    void refilingOfAnotherComplaintIsRefused() {
        scenario.records.put("c-0", leftWithoutConsideration(NEIGHBOUR, "a-1"));
        fixture.given(ComplaintTest.filed())
                .when(new RecordComplaintRefiling("c-1", null, "c-0"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("another complainant's"));
        Scenario other = new Scenario();
        other.records.put("c-0", leftWithoutConsideration(CITIZEN, "a-9"));
        other.fixture.given(ComplaintTest.filed())
                .when(new RecordComplaintRefiling("c-1", null, "c-0"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("another appeal"));
    }

    @Test
    @DisplayName("APPC art. 95(3): a decided complaint is no complaint left without consideration")
    void refilingAfterADecisionIsRefused() {
        scenario.records.put("c-0", new AppealRecord("c-0", AppealKind.COMPLAINT, AppealState.DECIDED,
                "ЖТ-2026-00000002", CITIZEN, List.of(), AKIMAT, null, null, almaty("2026-04-08T10:00"), null, null,
                null, null, null, "a-1", null));
        fixture.given(with(ComplaintTest.filed()))
                .when(new RecordComplaintRefiling("c-1", null, "c-0"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("not left without consideration"));
    }

    @Test
    @DisplayName("ComplaintFiled of the late complaint says late, which the restoration answers")
    void lateComplaintIsRecordedLate() {
        scenario.today("2026-04-14T10:00");
        scenario.records.put("a-1", ComplaintTest.decidedAppeal(ROUTE, "act-1"));
        fixture.givenNoPriorActivity()
                .when(ComplaintTest.complaint(date("2026-01-05")))
                .expectEventsMatching(events(is(kz.appeals.events.AppealFiled.class, e -> true),
                        is(kz.appeals.events.AppealRegistered.class, e -> true),
                        is(kz.appeals.events.DeadlineScheduled.class, e -> true),
                        is(ComplaintFiled.class, c -> c.late()
                                && c.filingPeriodEnds().date().equals(date("2026-04-06"))),
                        is(kz.appeals.events.DeadlineScheduled.class, e -> true)));
    }
}
