package kz.appeals.command.domain;

import static kz.appeals.command.domain.DecisionTest.ROUTE;
import static kz.appeals.command.domain.DecisionTest.act;
import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.REGION;
import static kz.appeals.command.domain.Scenario.almaty;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.inReview;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.registered;
import static kz.appeals.command.domain.Scenario.with;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.complaint.DecideComplaint;
import kz.appeals.command.domain.complaint.ForwardComplaint;
import kz.appeals.command.domain.complaint.ComplaintSentBack;
import kz.appeals.command.domain.complaint.SatisfyComplaint;
import kz.appeals.command.domain.consideration.RecordHearing;
import kz.appeals.command.domain.complaint.SendBackComplaintAndCase;
import kz.appeals.command.domain.complaint.SendCaseBack;
import kz.appeals.command.domain.complaint.SuspendActExecution;
import kz.appeals.command.domain.intake.FileComplaint;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.ActNature;
import kz.appeals.events.Actor;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.lifecycle.AppealState;

/**
 * The pre-trial complaint (APPC arts. 91-101). The challenged act 123-A was issued and delivered on Mon 6 April 2026 by
 * exec-1 of the akimat; the complaint arrives on Tue 14 April 2026 at 10:00 and is registered that day: its 20 working
 * days (art. 99) are 15-17 Apr (3), 20-24 (8), 27-30 (12), 4-6 May (15; 1 May is a day off), 8 May (16; 7 May is off),
 * 12-15 May (20; 11 May is off): due Fri 15 May 2026.
 */
class ComplaintTest {

    private static final Actor REVIEWER = new Actor("reviewer-1", "HEAD", REGION.bodyId());
    private static final Actor ISSUER = new Actor("exec-1", "EXECUTOR", REGION.bodyId());

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    static AppealRecord decidedAppeal(ComplaintRoute route, String actId) {
        return new AppealRecord("a-1", AppealKind.APPLICATION, AppealState.DECIDED, "ЖТ-2026-00000001", CITIZEN,
                List.of(), AKIMAT, AppealForm.ELECTRONIC, Channel.E_OTINISH, almaty("2026-03-17T10:00"), actId,
                "exec-1", date("2026-04-06"), date("2026-04-06"), route, null, null);
    }

    static FileComplaint complaint(LocalDate learnedOn) {
        return new FileComplaint("c-1", "a-1", "ACT", CITIZEN, List.of(), "the refusal is unlawful",
                AppealForm.ELECTRONIC, Channel.E_OTINISH, almaty("2026-04-14T10:00"), learnedOn);
    }

    /** A complaint filed and registered on 14 April, not yet forwarded. */
    static List<Object> filed() {
        return with(registered("c-1", AppealKind.COMPLAINT, CITIZEN, List.of(), date("2026-05-15")),
                new ComplaintFiled("c-1", "a-1", "act-1", "ACT", AKIMAT.bodyId(), "exec-1", date("2026-04-06"), true,
                        ConsiderationTest.computed(date("2026-07-07")), false, "APPC art. 91, 92"),
                new DeadlineScheduled("c-1", "c-1:COMPLAINT_FORWARDING", "COMPLAINT_FORWARDING", date("2026-04-15"),
                        date("2026-04-17"), "3 working days", "APPC art. 91(4)", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    /** ... forwarded on 16 April to the regional akimat, where reviewer-1 has it. */
    static List<Object> forwarded() {
        return with(filed(),
                new ComplaintForwarded("c-1", REGION, date("2026-04-16"), true, false, "APPC art. 91(4)"),
                new DeadlineClosed("c-1", "c-1:COMPLAINT_FORWARDING", "COMPLAINT_FORWARDING", date("2026-04-17"),
                        date("2026-04-16"), true, "ComplaintForwarded", "APPC art. 91(4)"),
                new ExecutorAssigned("c-1", REGION.bodyId(), "reviewer-1", List.of(), null, "APPC art. 64(1)"));
    }

    @Test
    @DisplayName("APPC arts. 91-92, 99: the complaint is filed with the body whose act it challenges")
    void complaintIsFiledWithTheBodyWhoseActItChallenges() {
        scenario.today("2026-04-14T10:00");
        scenario.records.put("a-1", decidedAppeal(ROUTE, "act-1"));
        fixture.givenNoPriorActivity()
                .when(complaint(null))
                .expectEventsMatching(events(
                        e -> e.equals(new AppealFiled("c-1", AppealKind.COMPLAINT, CITIZEN, List.of(), AKIMAT,
                                "the refusal is unlawful", AppealForm.ELECTRONIC, Channel.E_OTINISH,
                                almaty("2026-04-14T10:00"))),
                        is(AppealRegistered.class, r -> r.registeredOn().equals(date("2026-04-14"))
                                && r.dueDate().equals(date("2026-05-15"))),
                        // warnings: Tue 12 May (13, 14, 15 left) and Thu 14 May
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW")
                                && d.dueDate().equals(date("2026-05-15"))
                                && d.warningDays().equals(List.of(date("2026-05-12"), date("2026-05-14")))),
                        // learned on 6 April (delivery); + 3 months = Mon 6 July, Capital Day -> Tue 7 July
                        is(ComplaintFiled.class, c -> c.challengedAppealId().equals("a-1")
                                && c.challengedActId().equals("act-1") && c.filedWithBodyId().equals(AKIMAT.bodyId())
                                && c.challengedActIssuedBy().equals("exec-1")
                                && c.learnedOfActOn().equals(date("2026-04-06")) && c.routeStated()
                                && c.filingPeriodEnds().date().equals(date("2026-07-07")) && !c.late()),
                        // forwarding: 15, 16, 17 April; the 1-day warning on Thu 16 April
                        is(DeadlineScheduled.class, d -> d.timer().equals("COMPLAINT_FORWARDING")
                                && d.dueDate().equals(date("2026-04-17"))
                                && d.warningDays().equals(List.of(date("2026-04-16"))))));
    }

    @Test
    @DisplayName("APPC art. 92(3): a complaint after 3 months is examined, recorded as late")
    void lateComplaintIsExaminedAndRecordedAsLate() {
        scenario.today("2026-04-14T10:00");
        scenario.records.put("a-1", decidedAppeal(ROUTE, "act-1"));
        fixture.givenNoPriorActivity()
                // 5 January + 3 months = Sun 5 April -> Mon 6 April; filed 14 April
                .when(complaint(date("2026-01-05")))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> true),
                        is(ComplaintFiled.class, c -> c.late()
                                && c.filingPeriodEnds().date().equals(date("2026-04-06"))),
                        is(DeadlineScheduled.class, d -> true)));
    }

    @Test
    @DisplayName("APPC art. 92: 6 months when the act did not state the route")
    void actWithoutRouteGivesSixMonths() {
        scenario.today("2026-04-14T10:00");
        scenario.records.put("a-1", decidedAppeal(null, "act-1"));
        fixture.givenNoPriorActivity()
                // 6 April + 6 months = Tue 6 October 2026
                .when(complaint(null))
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> true),
                        is(DeadlineScheduled.class, d -> true),
                        is(ComplaintFiled.class, c -> !c.routeStated()
                                && c.filingPeriodEnds().date().equals(date("2026-10-06"))),
                        is(DeadlineScheduled.class, d -> true)));
    }

    @Test
    @DisplayName("APPC art. 91: no complaint against an act that does not exist")
    void complaintAgainstAnAppealWithoutActIsRefused() {
        scenario.records.put("a-1", decidedAppeal(null, null));
        fixture.givenNoPriorActivity()
                .when(complaint(null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("has no administrative act"));
    }

    @Test
    @DisplayName("APPC art. 96: a complaint suspends the execution of the act")
    void complaintSuspendsTheAct() {
        scenario.today("2026-04-14T10:00");
        fixture.given(with(inReview("a-1"), act("a-1", ActNature.BURDENSOME)))
                .when(new SuspendActExecution("a-1", "c-1"))
                .expectEvents(new ActExecutionSuspended("a-1", "act-1", "c-1", date("2026-04-14"), "APPC art. 96"));
    }

    @Test
    @DisplayName("APPC art. 96: a second complaint finds the act already suspended")
    void secondComplaintChangesNothing() {
        fixture.given(with(inReview("a-1"), act("a-1", ActNature.BURDENSOME),
                        new ActExecutionSuspended("a-1", "act-1", "c-0", date("2026-04-10"), "APPC art. 96")))
                .when(new SuspendActExecution("a-1", "c-1"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 91(4): forwarded with the case file within 3 working days")
    void complaintIsForwardedWithTheCaseFile() {
        scenario.today("2026-04-16T10:00");
        fixture.given(filed())
                .when(new ForwardComplaint("c-1", null, REGION, true))
                .expectEvents(
                        new ComplaintForwarded("c-1", REGION, date("2026-04-16"), true, false, "APPC art. 91(4)"),
                        new DeadlineClosed("c-1", "c-1:COMPLAINT_FORWARDING", "COMPLAINT_FORWARDING",
                                date("2026-04-17"), date("2026-04-16"), true, "ComplaintForwarded", "APPC art. 91(4)"));
    }

    @Test
    @DisplayName("APPC art. 91(4): the complaint goes with the case file")
    void forwardingWithoutTheCaseFileIsRefused() {
        fixture.given(filed())
                .when(new ForwardComplaint("c-1", null, REGION, false))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("case file"));
    }

    @Test
    @DisplayName("APPC art. 91(4): the review body is not the body whose act is challenged")
    void forwardingToTheChallengedBodyIsRefused() {
        fixture.given(filed())
                .when(new ForwardComplaint("c-1", null, AKIMAT, true))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("higher body"));
    }

    @Test
    @DisplayName("APPC art. 91(4): the body whose act is challenged may satisfy the complaint in full itself")
    void challengedBodySatisfiesTheComplaint() {
        scenario.today("2026-04-15T10:00");
        fixture.given(filed())
                .when(new SatisfyComplaint("c-1", null, "act 123-A revoked; permit granted"),
                        ActorMetaData.of(new Actor("head-1", "HEAD", AKIMAT.bodyId())))
                .expectEventsMatching(events(
                        e -> e.equals(new ComplaintSatisfiedByChallengedBody("c-1",
                                "act 123-A revoked; permit granted", date("2026-04-15"), "head-1",
                                "APPC art. 91(4)")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        is(DeadlineClosed.class, c -> c.timer().equals("COMPLAINT_FORWARDING") && c.met())));
    }

    @Test
    @DisplayName("APPC art. 91(4): once forwarded, only the review body decides")
    void satisfyingAfterForwardingIsRefused() {
        fixture.given(forwarded())
                .when(new SatisfyComplaint("c-1", null, "revoked"))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 100(1)-(2): the review body sends the case back listing the violations")
    void reviewBodySendsTheCaseBack() {
        scenario.today("2026-05-04T10:00");
        fixture.given(forwarded())
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.CASE_SENT_BACK, "hearing not held",
                        List.of("art. 73: no preliminary decision")), ActorMetaData.of(REVIEWER))
                .expectEventsMatching(events(
                        e -> e.equals(new ComplaintDecided("c-1", "a-1", ComplaintOutcome.CASE_SENT_BACK,
                                "hearing not held", List.of("art. 73: no preliminary decision"), date("2026-05-04"),
                                "reviewer-1", REGION.bodyId(), false, "APPC art. 100(1)")),
                        e -> e.equals(new DeadlineClosed("c-1", "c-1:REVIEW", "REVIEW", date("2026-05-15"),
                                date("2026-05-04"), true, "ComplaintDecided", "APPC art. 76(1)")),
                        // the review body's 5 working days to send it back: 5, 6 May (7 May is off), 8 May (11 May
                        // is off), 12, 13 May -> Wed 13 May; warnings Wed 6 May (8, 12, 13 left) and Tue 12 May
                        is(DeadlineScheduled.class, d -> d.timer().equals("CASE_SENT_BACK")
                                && d.startsOn().equals(date("2026-05-05")) && d.dueDate().equals(date("2026-05-13"))
                                && d.legalBasis().equals("APPC art. 100(2)")
                                && d.warningDays().equals(List.of(date("2026-05-06"), date("2026-05-12"))))));
    }

    /** Decided on Mon 4 May to send the case back; the review body must send it by Wed 13 May (art. 100(2)). */
    static List<Object> decidedToSendBack() {
        return with(forwarded(),
                new ComplaintDecided("c-1", "a-1", ComplaintOutcome.CASE_SENT_BACK, "hearing not held",
                        List.of("art. 73: no preliminary decision"), date("2026-05-04"), "reviewer-1",
                        REGION.bodyId(), false, "APPC art. 100(1)"),
                new DeadlineClosed("c-1", "c-1:REVIEW", "REVIEW", date("2026-05-15"), date("2026-05-04"), true,
                        "ComplaintDecided", "APPC art. 76(1)"),
                new DeadlineScheduled("c-1", "c-1:CASE_SENT_BACK", "CASE_SENT_BACK", date("2026-05-05"),
                        date("2026-05-13"), "5 working days", "APPC art. 100(2)", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    @Test
    @DisplayName("APPC art. 100(2): the review body sends the complaint and the case back within 5 working days")
    void reviewBodySendsTheComplaintAndCaseBackInTime() {
        scenario.today("2026-05-08T10:00");
        fixture.given(decidedToSendBack())
                .when(new SendBackComplaintAndCase("c-1", null, true))
                .expectEvents(new DeadlineClosed("c-1", "c-1:CASE_SENT_BACK", "CASE_SENT_BACK", date("2026-05-13"),
                        date("2026-05-08"), true, "CaseSentBack", "APPC art. 100(2)"))
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof ComplaintSentBack sent
                        && sent.challengedAppealId().equals("a-1")
                        && sent.violations().equals(List.of("art. 73: no preliminary decision"))));
    }

    @Test
    @DisplayName("APPC art. 100(2): sending the case back on Thu 14 May is late for the review body")
    void reviewBodySendingBackLateIsRecordedAsLate() {
        scenario.today("2026-05-14T10:00");
        fixture.given(decidedToSendBack())
                .when(new SendBackComplaintAndCase("c-1", null, true))
                .expectEvents(new DeadlineClosed("c-1", "c-1:CASE_SENT_BACK", "CASE_SENT_BACK", date("2026-05-13"),
                        date("2026-05-14"), false, "CaseSentBack", "APPC art. 100(2)"));
    }

    @Test
    @DisplayName("APPC art. 100(2): the complaint goes back with the case file, once, and only after that decision")
    void sendingBackNeedsTheDecisionAndTheCaseFile() {
        fixture.given(decidedToSendBack())
                .when(new SendBackComplaintAndCase("c-1", null, false))
                .expectException(RuleViolation.class);
        new Scenario().fixture.given(forwarded())
                .when(new SendBackComplaintAndCase("c-1", null, true))
                .expectException(StateConflict.class);
        new Scenario().fixture.given(with(decidedToSendBack(), new DeadlineClosed("c-1", "c-1:CASE_SENT_BACK",
                        "CASE_SENT_BACK", date("2026-05-13"), date("2026-05-08"), true, "CaseSentBack",
                        "APPC art. 100(2)")))
                .when(new SendBackComplaintAndCase("c-1", null, true))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 91(4): forwarding counts from receipt: received Tue 14 April after hours, due Fri 17 April")
    void forwardingCountsFromReceiptNotRegistration() {
        scenario.today("2026-04-14T19:00");
        scenario.records.put("a-1", decidedAppeal(ROUTE, "act-1"));
        fixture.givenNoPriorActivity()
                .when(new FileComplaint("c-1", "a-1", "ACT", CITIZEN, List.of(), "the refusal is unlawful",
                        AppealForm.ELECTRONIC, Channel.E_OTINISH, almaty("2026-04-14T19:00"), null))
                // registered Wed 15 April (after 18:30); forwarding 15, 16, 17 April from the receipt -> Fri 17 April
                // (counted from the registration it would be 16, 17, 20 April -> Mon 20 April)
                .expectEventsMatching(events(
                        is(AppealFiled.class, f -> true),
                        is(AppealRegistered.class, r -> r.registeredOn().equals(date("2026-04-15"))),
                        is(DeadlineScheduled.class, d -> d.timer().equals("REVIEW")),
                        is(ComplaintFiled.class, c -> true),
                        is(DeadlineScheduled.class, d -> d.timer().equals("COMPLAINT_FORWARDING")
                                && d.startsOn().equals(date("2026-04-15")) && d.dueDate().equals(date("2026-04-17")))));
    }

    @Test
    @DisplayName("APPC art. 97(2): the official whose act is challenged may not review the complaint")
    void issuerMayNotReviewTheComplaint() {
        fixture.given(forwarded())
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.COMPLAINT_UNSATISFIED, "lawful", List.of()),
                        ActorMetaData.of(ISSUER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 97(2)"));
    }

    @Test
    @DisplayName("APPC art. 91(4): the complaint is decided once it reached the review body")
    void decisionBeforeForwardingIsRefused() {
        fixture.given(filed())
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.ACT_CANCELLED, "unlawful", List.of()),
                        ActorMetaData.of(REVIEWER))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 100(2): a case is sent back listing the violations")
    void sendingBackWithoutViolationsIsRefused() {
        fixture.given(forwarded())
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.CASE_SENT_BACK, "redo", List.of()),
                        ActorMetaData.of(REVIEWER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 100(2)"));
    }

    @Test
    @DisplayName("APPC art. 98(3): a complaint is not refused without hearing both sides")
    void refusalWithoutHearingBothSidesIsRefused() {
        fixture.given(forwarded())
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.COMPLAINT_UNSATISFIED, "lawful", List.of()),
                        ActorMetaData.of(REVIEWER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 98(3)"));
    }

    @Test
    @DisplayName("APPC arts. 73, 98(3): the review body hears both sides, then may refuse the complaint")
    void refusalAfterHearingBothSides() {
        scenario.today("2026-05-04T10:00");
        fixture.given(forwarded())
                .andGivenCommands(new RecordHearing("c-1", null, date("2026-04-30"), true,
                        List.of("Aigerim Sadykova", "exec-1 of the akimat"), "both sides heard"))
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.COMPLAINT_UNSATISFIED, "lawful", List.of()),
                        ActorMetaData.of(REVIEWER))
                .expectEventsMatching(events(
                        is(ComplaintDecided.class, d -> d.outcome() == ComplaintOutcome.COMPLAINT_UNSATISFIED),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW") && c.met()),
                        // the oral hearing's protocol (art. 74) was still to be signed: the decision ends the case
                        is(DeadlineClosed.class, c -> c.timer().equals("PROTOCOL_SIGNING"))));
    }

    @Test
    @DisplayName("APPC art. 100(4): a refusal is reasoned")
    void unreasonedRefusalIsRefused() {
        fixture.given(forwarded())
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.COMPLAINT_UNSATISFIED, " ", List.of()),
                        ActorMetaData.of(REVIEWER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 100(4)"));
    }

    @Test
    @DisplayName("APPC art. 95: leaving without consideration names its ground, through its own command")
    void leftWithoutConsiderationAsAnOutcomeIsRefused() {
        fixture.given(forwarded())
                .when(new DecideComplaint("c-1", null, ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION, "x", List.of()),
                        ActorMetaData.of(REVIEWER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 95"));
    }

    @Test
    @DisplayName("APPC art. 100(2): the case comes back to be considered anew; the 5 working days were the review body's")
    void caseSentBackIsConsideredAnewWithoutAPeriodOfTheOriginalBody() {
        scenario.today("2026-04-20T10:00");
        fixture.given(with(inReview("a-1"), act("a-1", ActNature.BURDENSOME)))
                .when(new SendCaseBack("a-1", "c-1", List.of("art. 73: no preliminary decision")))
                .expectEvents(new CaseSentBack("a-1", "c-1", List.of("art. 73: no preliminary decision"),
                        date("2026-04-20"), "APPC art. 100(2)"))
                .expectState(appeal -> org.assertj.core.api.Assertions.assertThat(appeal.state())
                        .isEqualTo(AppealState.IN_REVIEW));
    }

    @Test
    @DisplayName("APPC art. 100(2): only a decided case is sent back")
    void undecidedCaseIsNotSentBack() {
        fixture.given(inReview("a-1"))
                .when(new SendCaseBack("a-1", "c-1", List.of("x")))
                .expectException(StateConflict.class);
    }
}
