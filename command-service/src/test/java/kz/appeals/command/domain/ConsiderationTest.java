package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.inReview;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.registered;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.decision.IssueAdministrativeAct;
import kz.appeals.command.domain.consideration.ExtendReviewPeriod;
import kz.appeals.command.domain.consideration.ExtensionAuthority;
import kz.appeals.command.domain.consideration.RecordHearing;
import kz.appeals.command.domain.consideration.RecordObjections;
import kz.appeals.command.domain.consideration.SendPreliminaryDecision;
import kz.appeals.command.domain.consideration.SkipHearing;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.Actor;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.HearingSkipReason;
import kz.appeals.events.HearingSkipped;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ReviewPeriodExtended;

/**
 * Consideration: extension (APPC art. 76(3), 99) and hearing (art. 73). The appeal is due Fri 10 April 2026; today is
 * Wed 1 April 2026 unless a test says otherwise.
 */
class ConsiderationTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;
    private static final Actor DEPUTY_HEAD = new Actor("deputy-1", "DEPUTY_HEAD", "almaty-akimat");

    static PreliminaryDecisionSent preliminaryDecision(String id) {
        return new PreliminaryDecisionSent(id, ActNature.BURDENSOME, "refuse the permit", date("2026-04-01"),
                date("2026-04-01"), computed(date("2026-04-03")), computed(date("2026-04-06")), "APPC art. 73");
    }

    static ComputedDate computed(java.time.LocalDate date) {
        return new ComputedDate(date, date, "", "APPC art. 73", true, "appc-2025-12", "kz-2026", List.of());
    }

    @Test
    @DisplayName("APPC art. 76(3): a deputy head extends the period by a motivated decision; notice due in 3 working days")
    void deputyHeadExtendsTheReviewPeriod() {
        fixture.given(inReview("a-1"))
                .when(new ExtendReviewPeriod("a-1", 3L, ExtensionAuthority.DEPUTY_HEAD, "facts awaited from the police",
                        date("2026-05-08")), ActorMetaData.of(DEPUTY_HEAD))
                .expectEventsMatching(events(
                        // cap: 1 April + 2 months = Mon 1 June 2026, a working day
                        is(ReviewPeriodExtended.class, x -> x.decidedBy().equals("deputy-1")
                                && x.decidedByPosition().equals("DEPUTY_HEAD")
                                && x.decidedOn().equals(date("2026-04-01"))
                                && x.previousDueDate().equals(date("2026-04-10"))
                                && x.newDueDate().equals(date("2026-05-08"))
                                && x.cap().date().equals(date("2026-06-01"))
                                && x.legalBasis().equals("APPC art. 76(3)") && !x.explanation().isEmpty()),
                        // warnings before Fri 8 May (7 May is a day off): Mon 4 May (5, 6, 8 left), Wed 6 May (8 left)
                        is(DeadlineMoved.class, m -> m.deadlineId().equals("a-1:REVIEW")
                                && m.from().equals(date("2026-04-10")) && m.to().equals(date("2026-05-08"))
                                && m.cause().equals("EXTENSION")
                                && m.warningDays().equals(List.of(date("2026-05-04"), date("2026-05-06")))),
                        // notice: 2, 3, 6 April -> Mon 6 April
                        is(DeadlineScheduled.class, d -> d.timer().equals("EXTENSION_NOTICE")
                                && d.dueDate().equals(date("2026-04-06")))));
    }

    @Test
    @DisplayName("APPC art. 76(3): an extension beyond 2 months from the decision is refused")
    void extensionBeyondTwoMonthsIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new ExtendReviewPeriod("a-1", null, ExtensionAuthority.HEAD, "facts awaited",
                        date("2026-06-02")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("until 2026-06-01"));
    }

    @Test
    @DisplayName("APPC art. 99: the review period of a complaint cannot be extended")
    void complaintPeriodCannotBeExtended() {
        fixture.given(inReview("c-1", AppealKind.COMPLAINT))
                .when(new ExtendReviewPeriod("c-1", null, ExtensionAuthority.HEAD, "facts awaited",
                        date("2026-05-08")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 99: the review period of a complaint cannot be "
                        + "extended"));
    }

    @Test
    @DisplayName("APPC art. 99: neither can a public-service complaint's")
    void publicServiceComplaintPeriodCannotBeExtended() {
        fixture.given(inReview("c-1", AppealKind.PUBLIC_SERVICE_COMPLAINT))
                .when(new ExtendReviewPeriod("c-1", null, ExtensionAuthority.HEAD, "facts awaited",
                        date("2026-05-08")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 99"));
    }

    @Test
    @DisplayName("APPC arts. 76(3), 91(2): on Mon 13 April the period due Fri 10 April has expired; it is not extended")
    void expiredPeriodIsNotExtended() {
        scenario.today("2026-04-13T10:00");
        fixture.given(inReview("a-1"))
                .when(new ExtendReviewPeriod("a-1", null, ExtensionAuthority.HEAD, "facts awaited",
                        date("2026-05-08")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 91(2)"));
    }

    @Test
    @DisplayName("APPC art. 76(3): on its last day, Fri 10 April, the period still runs and may be extended")
    void periodOnItsLastDayMayBeExtended() {
        scenario.today("2026-04-10T10:00");
        fixture.given(inReview("a-1"))
                .when(new ExtendReviewPeriod("a-1", null, ExtensionAuthority.HEAD, "facts awaited",
                        date("2026-05-08")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("APPC art. 76(3): the period is extended once")
    void secondExtensionIsRefused() {
        fixture.given(with(inReview("a-1"), new ReviewPeriodExtended("a-1", "head-1", "HEAD", "facts",
                        date("2026-03-31"), date("2026-04-10"), date("2026-04-24"), computed(date("2026-05-29")),
                        "APPC art. 76(3)", "appc-2025-12", "kz-2026", List.of())))
                .when(new ExtendReviewPeriod("a-1", null, ExtensionAuthority.HEAD, "more facts", date("2026-05-08")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("already extended"));
    }

    @Test
    @DisplayName("APPC art. 76(3): an extension without motivation is refused")
    void unmotivatedExtensionIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new ExtendReviewPeriod("a-1", null, ExtensionAuthority.HEAD, " ", date("2026-05-08")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("motivated"));
    }

    @Test
    @DisplayName("APPC art. 76(5): the extended period ends on a working day (Mon 11 May 2026 is a day off)")
    void extensionToADayOffIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new ExtendReviewPeriod("a-1", null, ExtensionAuthority.HEAD, "facts", date("2026-05-11")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 76(5)"));
    }

    @Test
    @DisplayName("APPC art. 73: the preliminary decision opens 2 working days for objections; the act waits 3")
    void preliminaryDecisionIsSent() {
        fixture.given(inReview("a-1"))
                .when(new SendPreliminaryDecision("a-1", null, ActNature.BURDENSOME, "refuse the permit", null))
                // objections: Thu 2, Fri 3 April; act: the 3rd working day after sending, Mon 6 April
                .expectEventsMatching(events(
                        is(PreliminaryDecisionSent.class, p -> p.sentOn().equals(date("2026-04-01"))
                                && p.receivedOn().equals(date("2026-04-01"))
                                && p.objectionsUntil().date().equals(date("2026-04-03"))
                                && p.earliestActOn().date().equals(date("2026-04-06"))
                                && !p.earliestActOn().explanation().isEmpty())));
    }

    @Test
    @DisplayName("APPC art. 73: no hearing in the simplified procedure")
    void preliminaryDecisionInTheSimplifiedProcedureIsRefused() {
        fixture.given(inReview("r-1", AppealKind.REQUEST))
                .when(new SendPreliminaryDecision("r-1", null, ActNature.BURDENSOME, "no", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("simplified"));
    }

    @Test
    @DisplayName("APPC art. 73: objections and a request to be heard orally within 2 working days")
    void objectionsAreReceivedInTime() {
        scenario.today("2026-04-02T12:00");
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1")))
                .when(new RecordObjections("a-1", null, "the facts are wrong", true, null))
                .expectEvents(new ObjectionsReceived("a-1", "the facts are wrong", true, date("2026-04-02"), false,
                        "APPC art. 73"));
    }

    @Test
    @DisplayName("APPC art. 73: objections after the 2 working days are recorded as late")
    void lateObjectionsAreRecordedAsLate() {
        scenario.today("2026-04-06T12:00");
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1")))
                .when(new RecordObjections("a-1", null, "the facts are wrong", false, null))
                .expectEvents(new ObjectionsReceived("a-1", "the facts are wrong", false, date("2026-04-06"), true,
                        "APPC art. 73"));
    }

    @Test
    @DisplayName("APPC art. 73: no objections without a preliminary decision")
    void objectionsWithoutPreliminaryDecisionAreRefused() {
        fixture.given(inReview("a-1"))
                .when(new RecordObjections("a-1", null, "the facts are wrong", false, null))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC arts. 73-74: the hearing is recorded; its protocol is due in 2 working days")
    void hearingIsRecorded() {
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1")))
                .when(new RecordHearing("a-1", null, date("2026-04-03"), true, List.of("Aigerim Sadykova", "exec-1"),
                        "the applicant explained the facts"))
                .expectEventsMatching(events(
                        e -> e.equals(new HearingHeld("a-1", date("2026-04-03"), true,
                                List.of("Aigerim Sadykova", "exec-1"), "the applicant explained the facts",
                                "APPC art. 73, 74")),
                        // art. 74: Fri 3 April + 2 working days = Mon 6, Tue 7 April
                        is(DeadlineScheduled.class, d -> d.timer().equals("PROTOCOL_SIGNING")
                                && d.dueDate().equals(date("2026-04-07")))));
    }

    @Test
    @DisplayName("APPC art. 73: the hearing of a favourable act touching no third party may be skipped")
    void hearingOfAFavourableActIsSkipped() {
        fixture.given(inReview("a-1"))
                .when(new SkipHearing("a-1", null, HearingSkipReason.FAVOURABLE_ACT_NO_THIRD_PARTY, "grant in full"))
                .expectEvents(new HearingSkipped("a-1", HearingSkipReason.FAVOURABLE_ACT_NO_THIRD_PARTY,
                        "grant in full", "APPC art. 73"));
    }

    @Test
    @DisplayName("APPC art. 73: urgency is a reason only when it is stated")
    void urgencyWithoutReasonsIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new SkipHearing("a-1", null, HearingSkipReason.URGENCY, ""))
                .expectException(RuleViolation.class);
    }

    @ParameterizedTest(name = "APPC art. 73(2): on {0} ({1} working days left) a 15-working-day procedure is not short")
    @CsvSource({
            // 2, 3, 6, 7, 8, 9, 10 April remain
            "2026-04-01T10:00, 7",
            // only Fri 10 April remains: still the statutory period is 15 working days
            "2026-04-09T10:00, 1"
    })
    void shortPeriodMeansTheStatutoryPeriodNotTheDaysLeft(String today, int left) {
        scenario.today(today);
        fixture.given(inReview("a-1"))
                .when(new SkipHearing("a-1", null, HearingSkipReason.PERIOD_SHORTER_THAN_5_WORKING_DAYS, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("statutory period of the procedure is 15 working days"));
    }

    @Test
    @DisplayName("APPC art. 73(2): a procedure of 3 working days (registered 17 March, due Fri 20 March) is short")
    void statutoryPeriodUnderFiveWorkingDaysAllowsSkipping() {
        scenario.today("2026-03-18T10:00");
        // 18, 19, 20 March: 3 working days
        fixture.given(with(registered("b-1", AppealKind.BAILIFF_REQUEST, CITIZEN, List.of(), date("2026-03-20"))))
                .when(new SkipHearing("b-1", null, HearingSkipReason.PERIOD_SHORTER_THAN_5_WORKING_DAYS, null))
                .expectEvents(new HearingSkipped("b-1", HearingSkipReason.PERIOD_SHORTER_THAN_5_WORKING_DAYS, null,
                        "APPC art. 73"));
    }

    @Test
    @DisplayName("APPC art. 73(2): the participant's request to decide without a hearing is quoted")
    void participantRequestWithoutItsWordsIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new SkipHearing("a-1", null, HearingSkipReason.PARTICIPANT_REQUEST, " "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("participant's request"));
    }

    @Test
    @DisplayName("APPC art. 73: received on Thu 9 April, objections run to Mon 13 April; the act waits until Tue 14 April")
    void lateReceiptPushesTheActPastTheObjectionWindow() {
        scenario.today("2026-04-06T10:00");
        fixture.given(inReview("a-1"))
                .when(new SendPreliminaryDecision("a-1", null, ActNature.BURDENSOME, "refuse the permit",
                        date("2026-04-09")))
                // notice: sent Mon 6 April, the act could follow on Thu 9 April (6, 7, 8 before it); but objections
                // run 10, 13 April from the receipt, so the act waits for Tue 14 April
                .expectEventsMatching(events(
                        is(PreliminaryDecisionSent.class, p -> p.objectionsUntil().date().equals(date("2026-04-13"))
                                && p.earliestActOn().date().equals(date("2026-04-14")))));
    }

    @Test
    @DisplayName("APPC art. 73: an act on Mon 13 April, while objections still run, is refused")
    void actWhileObjectionsRunIsRefused() {
        scenario.today("2026-04-13T10:00");
        fixture.given(with(inReview("a-1"), new PreliminaryDecisionSent("a-1", ActNature.BURDENSOME,
                        "refuse the permit", date("2026-04-06"), date("2026-04-09"), computed(date("2026-04-13")),
                        computed(date("2026-04-09")), "APPC art. 73")))
                .when(new IssueAdministrativeAct("a-1", null, "act-1", "123-A", ActNature.BURDENSOME,
                        ActOutcome.REFUSED, "refused", DecisionTest.ROUTE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("may object until 2026-04-13"));
    }

    @Test
    @DisplayName("APPC art. 73: the hearing is not skipped when the participant asked to be heard orally")
    void skippingARequestedOralHearingIsRefused() {
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1"), new ObjectionsReceived("a-1", "no", true,
                        date("2026-04-01"), false, "APPC art. 73")))
                .when(new SkipHearing("a-1", null, HearingSkipReason.URGENCY, "flood"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("orally"));
    }
}
