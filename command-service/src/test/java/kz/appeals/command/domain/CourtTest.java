package kz.appeals.command.domain;

import static kz.appeals.command.domain.ComplaintTest.forwarded;
import static kz.appeals.command.domain.ConsiderationTest.computed;
import static kz.appeals.command.domain.Scenario.CITIZEN;
import static kz.appeals.command.domain.Scenario.REGION;
import static kz.appeals.command.domain.Scenario.almaty;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.command.domain.court.FileLawsuit;
import kz.appeals.command.domain.court.ImposeCourtPenalty;
import kz.appeals.command.domain.court.RecordCourtDecision;
import kz.appeals.command.domain.court.RecordCourtDecisionExecution;
import kz.appeals.command.domain.court.SendCourtDecisionForExecution;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.CourtDecisionExecuted;
import kz.appeals.events.CourtDecisionRecorded;
import kz.appeals.events.CourtDecisionSentForExecution;
import kz.appeals.events.CourtOutcome;
import kz.appeals.events.CourtPenaltyImposed;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.LawsuitFiled;

/** Court (APPC arts. 127, 136, 171) after the complaint of {@link ComplaintTest}, due Fri 15 May 2026. */
class CourtTest {

    private static final String COURT = "Specialised inter-district administrative court of Almaty";

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    /** Complaint refused on Mon 4 May, the decision delivered on Tue 5 May. */
    static List<Object> complaintRefused() {
        return with(forwarded(),
                new ComplaintDecided("c-1", "a-1", ComplaintOutcome.COMPLAINT_UNSATISFIED, "the act is lawful",
                        List.of(), date("2026-05-04"), "reviewer-1", REGION.bodyId(), false, "APPC art. 100(1)"),
                new DeadlineClosed("c-1", "c-1:REVIEW", "REVIEW", date("2026-05-15"), date("2026-05-04"), true,
                        "ComplaintDecided", "APPC art. 99"),
                new DeliveryRecorded("c-1", DeliveredDocument.COMPLAINT_DECISION, "R-7", CITIZEN.iin(),
                        "Aigerim Sadykova", false, DeliveryChannel.EGOV_CABINET_AND_SMS, almaty("2026-05-05T12:00"),
                        "egov receipt", "APPC art. 66(2)"));
    }

    static List<Object> inCourt() {
        return with(complaintRefused(), new LawsuitFiled("c-1", COURT, "7599-26-00-4a/123", date("2026-05-20"),
                "COMPLAINT_DECISION", computed(date("2026-06-05")), false, "APPC art. 136(1), 136(6)"));
    }

    /** The court cancelled the act on 1 July; the decision entered into force on Mon 3 August 2026. */
    static List<Object> courtDecided() {
        return with(inCourt(),
                new CourtDecisionRecorded("c-1", COURT, "7599-26-00-4a/123", CourtOutcome.CLAIM_SATISFIED,
                        "act 123-A cancelled", date("2026-07-01"), date("2026-08-03"), "APPC art. 171"),
                new DeadlineScheduled("c-1", "c-1:COURT_DECISION_SENDING", "COURT_DECISION_SENDING",
                        date("2026-08-04"), date("2026-08-06"), "3 working days", "APPC art. 171(1)", false,
                        "appc-2025-12", "kz-2026", List.of(), List.of()));
    }

    /** Sent for execution on Wed 5 August; in force Mon 3 August + 1 month = Thu 3 September (art. 171(2)). */
    static List<Object> sentForExecution() {
        return with(courtDecided(),
                new CourtDecisionSentForExecution("c-1", date("2026-08-05"), "Akimat of Almaty", false,
                        "APPC art. 171(1)"),
                new DeadlineClosed("c-1", "c-1:COURT_DECISION_SENDING", "COURT_DECISION_SENDING", date("2026-08-06"),
                        date("2026-08-05"), true, "CourtDecisionSentForExecution", "APPC art. 171(1)"),
                new DeadlineScheduled("c-1", "c-1:COURT_DECISION_EXECUTION", "COURT_DECISION_EXECUTION",
                        date("2026-08-04"), date("2026-09-03"), "1 month", "APPC art. 171(2)", false, "appc-2025-12",
                        "kz-2026", List.of(), List.of()));
    }

    @Test
    @DisplayName("APPC art. 136(1): a claim within 1 month of the delivery of the complaint decision")
    void lawsuitAfterTheComplaintDecision() {
        scenario.today("2026-05-20T10:00");
        fixture.given(complaintRefused())
                .when(new FileLawsuit("c-1", null, COURT, "7599-26-00-4a/123", null))
                // delivered Tue 5 May + 1 month = Fri 5 June 2026
                .expectEventsMatching(events(
                        is(LawsuitFiled.class, l -> l.after().equals("COMPLAINT_DECISION")
                                && l.filedOn().equals(date("2026-05-20"))
                                && l.filingPeriodEnds().date().equals(date("2026-06-05")) && !l.late())));
    }

    @Test
    @DisplayName("APPC art. 136(6): after a deemed refusal the claim is counted from the expiry of the review period")
    void lawsuitAfterADeemedRefusal() {
        scenario.today("2026-05-20T10:00");
        fixture.given(with(forwarded(),
                        new DeadlineMissed("c-1", "c-1:REVIEW", "REVIEW", date("2026-05-15"), date("2026-05-16"),
                                "APPC art. 99"),
                        new DeemedRefusalOccurred("c-1", "c-1:REVIEW", date("2026-05-15"), "COURT",
                                computed(date("2026-06-15")), "APPC art. 100(5), 136(6)")))
                .when(new FileLawsuit("c-1", null, COURT, "7599-26-00-4a/124", null))
                // Fri 15 May + 1 month = Mon 15 June 2026
                .expectEventsMatching(events(
                        is(LawsuitFiled.class, l -> l.after().equals("DEEMED_REFUSAL")
                                && l.filingPeriodEnds().date().equals(date("2026-06-15")) && !l.late()),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW") && !c.met())));
    }

    @Test
    @DisplayName("APPC art. 136(1): a claim after the month is recorded as late; restoring it is for the court")
    void lateLawsuitIsRecordedAsLate() {
        fixture.given(complaintRefused())
                .when(new FileLawsuit("c-1", null, COURT, "7599-26-00-4a/125", date("2026-06-08")))
                .expectEventsMatching(events(is(LawsuitFiled.class, LawsuitFiled::late)));
    }

    @Test
    @DisplayName("APPC art. 136(1): no claim while the complaint is still under review")
    void lawsuitBeforeTheComplaintDecisionIsRefused() {
        fixture.given(forwarded())
                .when(new FileLawsuit("c-1", null, COURT, "x", null))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("APPC art. 136(1)"));
    }

    @Test
    @DisplayName("APPC art. 171(1): a decision against the body is sent for execution within 3 working days of force")
    void courtDecisionStartsTheSendingPeriod() {
        scenario.today("2026-08-03T10:00");
        fixture.given(inCourt())
                .when(new RecordCourtDecision("c-1", null, COURT, "7599-26-00-4a/123", CourtOutcome.CLAIM_SATISFIED,
                        "act 123-A cancelled", date("2026-07-01"), date("2026-08-03")))
                .expectEventsMatching(events(
                        is(CourtDecisionRecorded.class, d -> d.inForceOn().equals(date("2026-08-03"))),
                        // 4, 5, 6 August -> Thu 6 August; the 1-day warning on Wed 5 August
                        is(DeadlineScheduled.class, d -> d.timer().equals("COURT_DECISION_SENDING")
                                && d.dueDate().equals(date("2026-08-06"))
                                && d.warningDays().equals(List.of(date("2026-08-05"))))));
    }

    @Test
    @DisplayName("A dismissed claim leaves nothing to execute")
    void dismissedClaimStartsNoPeriod() {
        fixture.given(inCourt())
                .when(new RecordCourtDecision("c-1", null, COURT, "7599-26-00-4a/123", CourtOutcome.CLAIM_DISMISSED,
                        "the act is lawful", date("2026-07-01"), date("2026-08-03")))
                .expectEventsMatching(events(is(CourtDecisionRecorded.class, d -> true)));
    }

    @Test
    @DisplayName("APPC art. 171(1)-(2): sent for execution; the body executes within 1 month of the entry into force")
    void courtDecisionIsSentForExecution() {
        scenario.today("2026-08-05T10:00");
        fixture.given(courtDecided())
                .when(new SendCourtDecisionForExecution("c-1", null, "Akimat of Almaty"))
                .expectEventsMatching(events(
                        e -> e.equals(new CourtDecisionSentForExecution("c-1", date("2026-08-05"), "Akimat of Almaty",
                                false, "APPC art. 171(1)")),
                        is(DeadlineClosed.class, c -> c.timer().equals("COURT_DECISION_SENDING") && c.met()),
                        // in force Mon 3 August + 1 month = Thu 3 September, a working day; not counted from the
                        // sending (5 August + 1 month would be Sat 5 September -> Mon 7 September)
                        is(DeadlineScheduled.class, d -> d.timer().equals("COURT_DECISION_EXECUTION")
                                && d.startsOn().equals(date("2026-08-04"))
                                && d.dueDate().equals(date("2026-09-03")))));
    }

    @Test
    @DisplayName("APPC art. 171(1): a decision is not sent before it enters into force")
    void sendingBeforeForceIsRefused() {
        scenario.today("2026-07-31T10:00");
        fixture.given(courtDecided())
                .when(new SendCourtDecisionForExecution("c-1", null, "Akimat of Almaty"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("2026-08-03"));
    }

    @Test
    @DisplayName("APPC art. 171: the execution is recorded and closes its period")
    void courtDecisionIsExecuted() {
        scenario.today("2026-09-01T10:00");
        fixture.given(sentForExecution())
                .when(new RecordCourtDecisionExecution("c-1", null, "permit issued on 1 September"))
                .expectEvents(
                        new CourtDecisionExecuted("c-1", date("2026-09-01"), "permit issued on 1 September", false,
                                "APPC art. 171"),
                        new DeadlineClosed("c-1", "c-1:COURT_DECISION_EXECUTION", "COURT_DECISION_EXECUTION",
                                date("2026-09-03"), date("2026-09-01"), true, "CourtDecisionExecuted",
                                "APPC art. 171(2)"));
    }

    @Test
    @DisplayName("APPC art. 127: no penalty while the body may still execute")
    void penaltyBeforeTheExecutionPeriodEndsIsRefused() {
        fixture.given(sentForExecution())
                .when(new ImposeCourtPenalty("c-1", null, COURT, 86_500L, "not executed", date("2026-10-01")))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("until 2026-09-03"));
    }

    /** The month to execute ran out on Mon 7 September 2026 (sentForExecution). */
    static List<Object> executionMissed() {
        return with(sentForExecution(), new DeadlineMissed("c-1", "c-1:COURT_DECISION_EXECUTION",
                "COURT_DECISION_EXECUTION", date("2026-09-07"), date("2026-09-08"), "APPC art. 171"));
    }

    @Test
    @DisplayName("APPC art. 127, 127(5): the court's penalty and the new period it sets replace the missed month")
    void penaltyForADecisionNotExecutedInTime() {
        scenario.today("2026-09-10T10:00");
        fixture.given(executionMissed())
                .when(new ImposeCourtPenalty("c-1", null, COURT, 86_500L, "not executed within 1 month",
                        date("2026-10-01")))
                .expectEventsMatching(events(
                        e -> e.equals(new CourtPenaltyImposed("c-1", COURT, 86_500L, "not executed within 1 month",
                                date("2026-09-10"), "APPC art. 127", date("2026-10-01"))),
                        // Thu 10 Sep -> Thu 1 Oct 2026: 11, 14-18, 21-25, 28-30 September, 1 October = 15 working
                        // days; warnings on the 3rd (Mon 28 Sep) and the 1st (Wed 30 Sep) working day before
                        is(DeadlineScheduled.class, d -> d.timer().equals("COURT_DECISION_EXECUTION")
                                && d.startsOn().equals(date("2026-09-11")) && d.dueDate().equals(date("2026-10-01"))
                                && d.legalBasis().equals("APPC art. 127(5)") && d.period().equals("15 working days")
                                && d.warningDays().equals(List.of(date("2026-09-28"), date("2026-09-30"))))));
    }

    @Test
    @DisplayName("APPC art. 127(5): a penalty without the new period to execute is refused")
    void penaltyWithoutANewPeriodIsRefused() {
        scenario.today("2026-09-10T10:00");
        fixture.given(executionMissed())
                .when(new ImposeCourtPenalty("c-1", null, COURT, 86_500L, "late", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 127(5)"));
    }

    @Test
    @DisplayName("APPC arts. 127(5), 76(5): the new period does not end on a day off (Sat 3 October 2026)")
    void newPeriodOnADayOffIsRefused() {
        scenario.today("2026-09-10T10:00");
        fixture.given(executionMissed())
                .when(new ImposeCourtPenalty("c-1", null, COURT, 86_500L, "late", date("2026-10-03")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 76(5)"));
    }

    /** The penalty of Thu 10 September with its new period to Thu 1 October 2026. */
    static List<Object> penalised() {
        return with(executionMissed(),
                new CourtPenaltyImposed("c-1", COURT, 86_500L, "late", date("2026-09-10"), "APPC art. 127",
                        date("2026-10-01")),
                new DeadlineScheduled("c-1", "c-1:COURT_DECISION_EXECUTION", "COURT_DECISION_EXECUTION",
                        date("2026-09-11"), date("2026-10-01"), "15 working days", "APPC art. 127(5)", true,
                        "appc-2025-12", "kz-2026", List.of(), List.of()));
    }

    @Test
    @DisplayName("APPC art. 127(5): no second penalty while the new period runs")
    void secondPenaltyWithinTheNewPeriodIsRefused() {
        scenario.today("2026-09-20T10:00");
        fixture.given(penalised())
                .when(new ImposeCourtPenalty("c-1", null, COURT, 100_000L, "still late", date("2026-10-15")))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("until 2026-10-01"));
    }

    @Test
    @DisplayName("APPC art. 127(5): the new period missed too, the court may penalise again")
    void secondPenaltyAfterTheNewPeriodIsMissed() {
        scenario.today("2026-10-05T10:00");
        fixture.given(with(penalised(), new DeadlineMissed("c-1", "c-1:COURT_DECISION_EXECUTION",
                        "COURT_DECISION_EXECUTION", date("2026-10-01"), date("2026-10-02"), "APPC art. 127(5)")))
                .when(new ImposeCourtPenalty("c-1", null, COURT, 100_000L, "still late", date("2026-10-15")))
                .expectEventsMatching(events(
                        is(CourtPenaltyImposed.class, p -> p.newExecutionDueDate().equals(date("2026-10-15"))),
                        is(DeadlineScheduled.class, d -> d.dueDate().equals(date("2026-10-15")))));
    }

    @Test
    @DisplayName("APPC art. 171: executing within the court's new period closes it as met")
    void executionWithinTheNewPeriod() {
        scenario.today("2026-09-30T10:00");
        fixture.given(penalised())
                .when(new RecordCourtDecisionExecution("c-1", null, "permit issued"))
                .expectEventsMatching(events(
                        is(CourtDecisionExecuted.class, e -> !e.late()),
                        is(DeadlineClosed.class, c -> c.timer().equals("COURT_DECISION_EXECUTION") && c.met()
                                && c.dueDate().equals(date("2026-10-01")))));
    }
}
