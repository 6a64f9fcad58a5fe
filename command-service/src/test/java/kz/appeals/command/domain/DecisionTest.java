package kz.appeals.command.domain;

import static kz.appeals.command.domain.ConsiderationTest.computed;
import static kz.appeals.command.domain.ConsiderationTest.preliminaryDecision;
import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.COMPANY;
import static kz.appeals.command.domain.Scenario.NEIGHBOUR;
import static kz.appeals.command.domain.Scenario.REGION;
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
import kz.appeals.command.domain.decision.Delivery;
import kz.appeals.command.domain.decision.GiveSimplifiedAnswer;
import kz.appeals.command.domain.decision.IssueAdministrativeAct;
import kz.appeals.command.domain.decision.LeaveWithoutConsideration;
import kz.appeals.command.domain.decision.RecordDelivery;
import kz.appeals.command.domain.decision.TerminateProcedure;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.Actor;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealLeftWithoutConsideration;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.LeaveWithoutConsiderationGround;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.events.SimplifiedOutcome;
import kz.appeals.events.TerminationGround;
import kz.appeals.lifecycle.AppealState;

/**
 * Decisions (APPC arts. 70, 73, 77-80, 87-89, 95) and their delivery (art. 66(2)). The appeal is due Fri 10 April 2026;
 * today is Wed 1 April 2026 unless a test says otherwise.
 */
class DecisionTest {

    static final ComplaintRoute ROUTE = new ComplaintRoute(REGION.bodyId(), REGION.name(), null,
            "3 months from delivery", "in writing or through e-Otinish to the higher body (APPC arts. 91-92)");
    private static final Actor EXECUTOR = new Actor("exec-1", "EXECUTOR", AKIMAT.bodyId());

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    static AdministrativeActIssued act(String id, ActNature nature) {
        return new AdministrativeActIssued(id, "act-1", "123-A", nature, ActOutcome.SATISFIED, "permit granted",
                date("2026-04-06"), "exec-1", AKIMAT.bodyId(), ROUTE, false, "APPC art. 77, 78, 80(5)");
    }

    private static IssueAdministrativeAct issue(ActNature nature, ActOutcome outcome, ComplaintRoute route) {
        return new IssueAdministrativeAct("a-1", null, "act-1", "123-A", nature, outcome, "decision", route);
    }

    @Test
    @DisplayName("APPC arts. 73, 80(5): after the hearing the burdensome act names the complaint body, period and route")
    void burdensomeActIsIssuedAfterTheHearing() {
        scenario.today("2026-04-06T10:00");
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1"), new HearingHeld("a-1", date("2026-04-03"),
                        false, List.of(), "heard", "APPC art. 73, 74")))
                .when(new IssueAdministrativeAct("a-1", 5L, "act-1", "123-A", ActNature.BURDENSOME, ActOutcome.REFUSED,
                        "permit refused", ROUTE), ActorMetaData.of(EXECUTOR))
                .expectEvents(
                        new AdministrativeActIssued("a-1", "act-1", "123-A", ActNature.BURDENSOME, ActOutcome.REFUSED,
                                "permit refused", date("2026-04-06"), "exec-1", AKIMAT.bodyId(), ROUTE, false,
                                "APPC art. 77, 78, 80(5)"),
                        new DeadlineClosed("a-1", "a-1:REVIEW", "REVIEW", date("2026-04-10"), date("2026-04-06"), true,
                                "AdministrativeActIssued", "APPC art. 76(1)"))
                .expectResultMessagePayload(new CommandAck("a-1", 7L, AppealState.DECIDED));
    }

    @Test
    @DisplayName("APPC art. 73: the act comes at least 3 working days after the preliminary decision")
    void actTooSoonAfterThePreliminaryDecisionIsRefused() {
        scenario.today("2026-04-03T10:00");
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1")))
                .when(issue(ActNature.BURDENSOME, ActOutcome.REFUSED, ROUTE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("not before 2026-04-06"));
    }

    @Test
    @DisplayName("APPC art. 73: a burdensome act follows the hearing")
    void burdensomeActWithoutHearingIsRefused() {
        fixture.given(inReview("a-1"))
                .when(issue(ActNature.BURDENSOME, ActOutcome.REFUSED, ROUTE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 73"));
    }

    @Test
    @DisplayName("APPC art. 73: a participant who asked to be heard orally is heard before the act")
    void actBeforeTheRequestedOralHearingIsRefused() {
        scenario.today("2026-04-06T10:00");
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1"), new ObjectionsReceived("a-1", "no", true,
                        date("2026-04-02"), false, "APPC art. 73")))
                .when(issue(ActNature.BURDENSOME, ActOutcome.REFUSED, ROUTE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("orally"));
    }

    @Test
    @DisplayName("APPC art. 80(5): an act that does not name the complaint route is refused")
    void actWithoutTheComplaintRouteIsRefused() {
        fixture.given(inReview("a-1"))
                .when(issue(ActNature.FAVOURABLE, ActOutcome.SATISFIED, new ComplaintRoute(REGION.bodyId(),
                        REGION.name(), null, null, null)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 80(5)"));
    }

    @Test
    @DisplayName("APPC art. 87: a request is answered in the simplified procedure, not by an act")
    void actOnARequestIsRefused() {
        fixture.given(inReview("a-1", AppealKind.REQUEST))
                .when(issue(ActNature.FAVOURABLE, ActOutcome.SATISFIED, ROUTE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 87"));
    }

    @Test
    @DisplayName("APPC art. 100: a complaint is decided by a complaint decision, not by an act")
    void actOnAComplaintIsRefused() {
        fixture.given(inReview("a-1", AppealKind.COMPLAINT))
                .when(issue(ActNature.FAVOURABLE, ActOutcome.SATISFIED, ROUTE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 100"));
    }

    @Test
    @DisplayName("A favourable act after the due date is issued and recorded as late")
    void lateActIsRecordedAsLate() {
        scenario.today("2026-04-13T10:00");
        fixture.given(inReview("a-1"))
                .when(issue(ActNature.FAVOURABLE, ActOutcome.SATISFIED, ROUTE))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, AdministrativeActIssued::late),
                        is(DeadlineClosed.class, c -> !c.met() && c.closedOn().equals(date("2026-04-13")))));
    }

    @Test
    @DisplayName("APPC arts. 88-89: a request is answered on the merits, reasoned and citing the law")
    void requestIsAnsweredInTheSimplifiedProcedure() {
        fixture.given(inReview("a-1", AppealKind.REQUEST))
                .when(new GiveSimplifiedAnswer("a-1", null, SimplifiedOutcome.EXPLAINED, "the schedule is published",
                        List.of("Law on access to information, art. 5")), ActorMetaData.of(EXECUTOR))
                .expectEvents(
                        new SimplifiedAnswerGiven("a-1", SimplifiedOutcome.EXPLAINED, "the schedule is published",
                                List.of("Law on access to information, art. 5"), date("2026-04-01"), "exec-1", false,
                                "APPC art. 88, 89"),
                        new DeadlineClosed("a-1", "a-1:REVIEW", "REVIEW", date("2026-04-10"), date("2026-04-01"), true,
                                "SimplifiedAnswerGiven", "APPC art. 76(1)"));
    }

    @Test
    @DisplayName("APPC art. 89: an answer on the merits cites the law")
    void answerWithoutTheLawIsRefused() {
        fixture.given(inReview("a-1", AppealKind.REQUEST))
                .when(new GiveSimplifiedAnswer("a-1", null, SimplifiedOutcome.REFUSED, "no", List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 89"));
    }

    @Test
    @DisplayName("APPC art. 87: an application is not answered in the simplified procedure")
    void simplifiedAnswerToAnApplicationIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new GiveSimplifiedAnswer("a-1", null, SimplifiedOutcome.TAKEN_NOTE, "noted", List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 87"));
    }

    @Test
    @DisplayName("APPC art. 70: terminated because a decision on the same subject exists; notice within 3 working days")
    void procedureIsTerminatedWithNotice() {
        fixture.given(inReview("a-1"))
                .when(new TerminateProcedure("a-1", null, TerminationGround.DECISION_ON_SAME_SUBJECT_EXISTS,
                        "decided by act 99-A of 2 February 2026"))
                .expectEventsMatching(events(
                        e -> e.equals(new ProcedureTerminated("a-1", TerminationGround.DECISION_ON_SAME_SUBJECT_EXISTS,
                                "decided by act 99-A of 2 February 2026", date("2026-04-01"), "APPC art. 70")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        // 2, 3, 6 April -> Mon 6 April
                        is(DeadlineScheduled.class, d -> d.timer().equals("TERMINATION_NOTICE")
                                && d.dueDate().equals(date("2026-04-06")))));
    }

    @Test
    @DisplayName("APPC art. 88(1): a request without substance is terminated in the simplified procedure, no notice period")
    void requestWithoutSubstanceIsTerminated() {
        fixture.given(inReview("a-1", AppealKind.REQUEST))
                .when(new TerminateProcedure("a-1", null, TerminationGround.NO_SUBSTANCE, "the text asks nothing"))
                .expectEventsMatching(events(
                        is(ProcedureTerminated.class, t -> t.legalBasis().equals("APPC art. 88(1)")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC art. 88(1): its grounds do not apply to an application")
    void simplifiedGroundOnAnApplicationIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new TerminateProcedure("a-1", null, TerminationGround.NO_SUBSTANCE, "nothing asked"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 88(1)"));
    }

    @Test
    @DisplayName("APPC art. 70: termination as returned needs a returned appeal")
    void terminationAsReturnedWithoutReturnIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new TerminateProcedure("a-1", null, TerminationGround.RETURNED, "returned"))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 95: a complaint with a pending lawsuit is left without consideration; notice in 3 working days")
    void complaintIsLeftWithoutConsideration() {
        fixture.given(inReview("c-1", AppealKind.COMPLAINT))
                .when(new LeaveWithoutConsideration("c-1", null, LeaveWithoutConsiderationGround.LAWSUIT_PENDING,
                        "claim filed in the district court"), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        e -> e.equals(new AppealLeftWithoutConsideration("c-1",
                                LeaveWithoutConsiderationGround.LAWSUIT_PENDING, "claim filed in the district court",
                                date("2026-04-01"), "APPC art. 95, 100(1)")),
                        is(ComplaintDecided.class, d -> d.outcome() == ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        is(DeadlineScheduled.class, d -> d.timer().equals("LEAVE_WITHOUT_CONSIDERATION_NOTICE")
                                && d.dueDate().equals(date("2026-04-06")))));
    }

    @Test
    @DisplayName("APPC art. 95: only a complaint is left without consideration")
    void applicationIsNotLeftWithoutConsideration() {
        fixture.given(inReview("a-1"))
                .when(new LeaveWithoutConsideration("a-1", null, LeaveWithoutConsiderationGround.WITHDRAWN, "x"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 95"));
    }

    private static List<Object> collectiveDecided() {
        return with(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of(NEIGHBOUR, COMPANY)),
                new ExecutorAssigned("a-1", AKIMAT.bodyId(), "exec-1", List.of(), null, "APPC art. 64(1)"),
                act("a-1", ActNature.FAVOURABLE));
    }

    @Test
    @DisplayName("APPC arts. 22(1), 66(2): the act of a collective appeal reaches the representative and every member")
    void actOfACollectiveAppealIsDeliveredToEveryone() {
        fixture.given(collectiveDecided())
                .when(new RecordDelivery("a-1", null, DeliveredDocument.ADMINISTRATIVE_ACT, "123-A", List.of(
                        new Delivery(CITIZEN.iin(), DeliveryChannel.EGOV_CABINET_AND_SMS,
                                almaty("2026-04-06T12:00"), "egov receipt 55"),
                        new Delivery(NEIGHBOUR.iin(), DeliveryChannel.SMS, almaty("2026-04-06T12:01"), "sms id 77"),
                        new Delivery(COMPANY.bin(), DeliveryChannel.REGISTERED_MAIL, almaty("2026-04-08T09:00"),
                                "postal receipt RR123"))))
                .expectEvents(
                        new DeliveryRecorded("a-1", DeliveredDocument.ADMINISTRATIVE_ACT, "123-A", CITIZEN.iin(),
                                "Aigerim Sadykova", true, DeliveryChannel.EGOV_CABINET_AND_SMS,
                                almaty("2026-04-06T12:00"), "egov receipt 55", "APPC art. 66(2)"),
                        new DeliveryRecorded("a-1", DeliveredDocument.ADMINISTRATIVE_ACT, "123-A", NEIGHBOUR.iin(),
                                "Marat Ospanov", false, DeliveryChannel.SMS, almaty("2026-04-06T12:01"), "sms id 77",
                                "APPC art. 66(2)"),
                        new DeliveryRecorded("a-1", DeliveredDocument.ADMINISTRATIVE_ACT, "123-A", COMPANY.bin(),
                                "Nur Construction LLP", false, DeliveryChannel.REGISTERED_MAIL,
                                almaty("2026-04-08T09:00"), "postal receipt RR123", "APPC art. 66(2)"));
    }

    @Test
    @DisplayName("APPC art. 66(2): a delivery to someone who is not a participant is refused")
    void deliveryToAStrangerIsRefused() {
        fixture.given(collectiveDecided())
                .when(new RecordDelivery("a-1", null, DeliveredDocument.ADMINISTRATIVE_ACT, "123-A", List.of(
                        new Delivery("000000000101", DeliveryChannel.SMS, almaty("2026-04-06T12:00"), "sms"))))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("000000000101"));
    }

    @Test
    @DisplayName("APPC art. 66(2): nothing is delivered that was not issued")
    void deliveryOfADocumentNotIssuedIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new RecordDelivery("a-1", null, DeliveredDocument.ADMINISTRATIVE_ACT, "123-A", List.of(
                        new Delivery(CITIZEN.iin(), DeliveryChannel.SMS, almaty("2026-04-06T12:00"), "sms"))))
                .expectException(StateConflict.class);
    }

    /** A collective appeal (representative Aigerim, member Marat) extended on 1 April; notice due Mon 6 April. */
    private static List<Object> extendedCollective() {
        return with(registered("a-1", AppealKind.APPLICATION, CITIZEN, List.of(NEIGHBOUR)),
                new ReviewPeriodExtended("a-1", "head-1", "HEAD", "facts", date("2026-04-01"), date("2026-04-10"),
                        date("2026-04-24"), computed(date("2026-06-01")), "APPC art. 76(3)", "appc-2025-12", "kz-2026",
                        List.of()),
                new DeadlineScheduled("a-1", "a-1:EXTENSION_NOTICE", "EXTENSION_NOTICE", date("2026-04-02"),
                        date("2026-04-06"), "3 working days", "APPC art. 76(3)", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    @Test
    @DisplayName("APPC art. 66(4): the extension notice is given once the contact the appeal gave (its representative) has it")
    void extensionNoticeIsGivenOnDeliveryToTheRepresentative() {
        fixture.given(extendedCollective())
                .when(new RecordDelivery("a-1", null, DeliveredDocument.EXTENSION_NOTICE, "n-1", List.of(
                        new Delivery(CITIZEN.iin(), DeliveryChannel.SMS, almaty("2026-04-01T15:00"), "sms"))))
                .expectEventsMatching(events(
                        is(DeliveryRecorded.class, d -> d.recipientId().equals(CITIZEN.iin()) && d.representative()),
                        e -> e.equals(new DeadlineClosed("a-1", "a-1:EXTENSION_NOTICE", "EXTENSION_NOTICE",
                                date("2026-04-06"), date("2026-04-01"), true, "DeliveryRecorded",
                                "APPC art. 76(3)"))));
    }

    @Test
    @DisplayName("APPC arts. 22(1), 66(4): a member's delivery is still recorded, and closes nothing by itself")
    void membersDeliveryIsTrackedWithoutClosingTheNotice() {
        fixture.given(extendedCollective())
                .when(new RecordDelivery("a-1", null, DeliveredDocument.EXTENSION_NOTICE, "n-1", List.of(
                        new Delivery(NEIGHBOUR.iin(), DeliveryChannel.EMAIL, almaty("2026-04-02T09:00"), "mail id"))))
                .expectEventsMatching(events(
                        is(DeliveryRecorded.class, d -> d.recipientId().equals(NEIGHBOUR.iin()) && !d.representative())));
    }
}
