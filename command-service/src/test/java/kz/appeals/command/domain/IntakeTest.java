package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.CITIZEN;
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
import kz.appeals.command.domain.decision.TerminateProcedure;
import kz.appeals.command.domain.intake.AttachRepeatedAppeal;
import kz.appeals.command.domain.intake.CorrectDefects;
import kz.appeals.command.domain.intake.RequestDefectCorrection;
import kz.appeals.command.domain.intake.ReturnAppeal;
import kz.appeals.command.domain.intake.WithdrawAppeal;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DefectCorrectionRequested;
import kz.appeals.events.DefectsCorrected;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.ReturnGround;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.events.SimplifiedOutcome;
import kz.appeals.events.TerminationGround;
import kz.appeals.lifecycle.AppealState;

/**
 * Intake after registration (APPC art. 64(6)-(9), 70). The appeal under test is due Fri 10 April 2026 (see
 * {@link Scenario#registered}); "today" is Wed 1 April 2026 unless a test says otherwise.
 */
class IntakeTest {

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    private static final DefectCorrectionRequested ASKED = new DefectCorrectionRequested("a-1",
            List.of("postal address"), date("2026-04-01"), date("2026-04-08"), "APPC art. 64(6)");
    private static final DeadlineScheduled FIX_PERIOD = new DeadlineScheduled("a-1", "a-1:DEFECT_CORRECTION",
            "DEFECT_CORRECTION", date("2026-04-02"), date("2026-04-08"), "5 working days", "APPC art. 64(6)", true,
            "appc-2025-12", "kz-2026", List.of(), List.of());

    @Test
    @DisplayName("APPC art. 64(6): the applicant is told what is missing and given a period to fix it")
    void defectCorrectionIsRequestedWithAPeriodToFix() {
        fixture.given(inReview("a-1"))
                .when(new RequestDefectCorrection("a-1", 3L, List.of("postal address"), date("2026-04-08")))
                .expectEventsMatching(events(
                        e -> e.equals(ASKED),
                        // 2, 3, 6, 7, 8 April: 5 working days; warnings on Fri 3 Apr (6, 7, 8 left) and Tue 7 Apr
                        is(DeadlineScheduled.class, d -> d.timer().equals("DEFECT_CORRECTION")
                                && d.startsOn().equals(date("2026-04-02")) && d.dueDate().equals(date("2026-04-08"))
                                && d.period().equals("5 working days")
                                && d.warningDays().equals(List.of(date("2026-04-03"), date("2026-04-07")))
                                && d.explanation().size() == 2)));
    }

    @Test
    @DisplayName("APPC art. 64(6): the period to fix must end after the request")
    void fixPeriodEndingTodayIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new RequestDefectCorrection("a-1", null, List.of("postal address"), date("2026-04-01")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 64(6)"));
    }

    @Test
    @DisplayName("APPC art. 64(6): a request to fix names what is missing")
    void requestWithoutDefectsIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new RequestDefectCorrection("a-1", null, List.of(), date("2026-04-08")))
                .expectException(RuleViolation.class);
    }

    @Test
    @DisplayName("APPC art. 64(6): the review period runs on while the applicant fixes the defects (no pause by default)")
    void correctionLeavesTheReviewPeriodWhereItWas() {
        scenario.today("2026-04-06T11:00");
        fixture.given(with(inReview("a-1"), ASKED, FIX_PERIOD))
                .when(new CorrectDefects("a-1", null, "postal address added"))
                // the review period stays due Fri 10 April: art. 64(6) sets no pause
                .expectEventsMatching(events(
                        is(DefectsCorrected.class, c -> c.pausedWorkingDays() == 0
                                && c.correctedOn().equals(date("2026-04-06"))),
                        is(DeadlineClosed.class, c -> c.timer().equals("DEFECT_CORRECTION") && c.met())));
    }

    @Test
    @DisplayName("[U] setting: the review period stands still while the applicant fixes the defects")
    void correctionMovesTheReviewPeriodOnByThePausedWorkingDaysWhenTheSettingIsOn() {
        FixtureConfiguration<Appeal> fixture = new Scenario(new ProcedureSettings(true)).today("2026-04-06T11:00")
                .fixture;
        fixture.given(with(inReview("a-1"), ASKED, FIX_PERIOD))
                .when(new CorrectDefects("a-1", null, "postal address added"))
                // paused: Thu 2, Fri 3, Mon 6 April = 3 working days; 10 April + 3 = 13, 14, 15 -> Wed 15 April
                .expectEventsMatching(events(
                        is(DefectsCorrected.class, c -> c.pausedWorkingDays() == 3
                                && c.correctedOn().equals(date("2026-04-06"))),
                        is(DeadlineClosed.class, c -> c.timer().equals("DEFECT_CORRECTION") && c.met()),
                        is(DeadlineMoved.class, m -> m.timer().equals("REVIEW") && m.from().equals(date("2026-04-10"))
                                && m.to().equals(date("2026-04-15")) && m.cause().equals("CORRECTION_PAUSE")
                                // 3 left on Fri 10 Apr (13, 14, 15), 1 left on Tue 14 Apr
                                && m.warningDays().equals(List.of(date("2026-04-10"), date("2026-04-14")))
                                && m.reason().contains("3 working days"))));
    }

    @Test
    @DisplayName("APPC art. 64(6): a correction nobody asked for is refused")
    void correctionWithoutRequestIsRefused() {
        fixture.given(inReview("a-1"))
                .when(new CorrectDefects("a-1", null, "postal address added"))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 64(7): after the period to fix passed, the appeal is returned with reasons")
    void appealIsReturnedWhenTheFixPeriodPassed() {
        scenario.today("2026-04-09T10:00");
        DeadlineScheduled returnPeriod = new DeadlineScheduled("a-1", "a-1:RETURN", "RETURN", date("2026-04-09"),
                date("2026-04-13"), "3 working days", "APPC art. 64(7)", true, "appc-2025-12", "kz-2026", List.of(),
                List.of());
        fixture.given(with(inReview("a-1"), ASKED, FIX_PERIOD, new DeadlineClosed("a-1", "a-1:DEFECT_CORRECTION",
                        "DEFECT_CORRECTION", date("2026-04-08"), date("2026-04-09"), false, "passed",
                        "APPC art. 64(6)"), returnPeriod))
                .when(new ReturnAppeal("a-1", null, ReturnGround.DEFECTS_NOT_FIXED_IN_TIME, "no postal address", false))
                .expectEventsMatching(events(
                        e -> e.equals(new AppealReturned("a-1", ReturnGround.DEFECTS_NOT_FIXED_IN_TIME,
                                "no postal address", date("2026-04-09"), "APPC art. 64(7)")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW") && c.met()),
                        is(DeadlineClosed.class, c -> c.timer().equals("RETURN") && c.met())));
    }

    @Test
    @DisplayName("APPC art. 64(7): no return while the applicant may still fix the defects")
    void returnBeforeTheFixPeriodEndsIsRefused() {
        scenario.today("2026-04-08T17:00");
        fixture.given(with(inReview("a-1"), ASKED, FIX_PERIOD))
                .when(new ReturnAppeal("a-1", null, ReturnGround.DEFECTS_NOT_FIXED_IN_TIME, "no postal address", false))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("until 2026-04-08"));
    }

    @Test
    @DisplayName("APPC art. 64(7-2): a report of a crime or a threat to security is never returned")
    void reportOfACrimeIsNeverReturned() {
        fixture.given(inReview("a-1"))
                .when(new ReturnAppeal("a-1", null, ReturnGround.OBSCENE_OR_INSULTING, "insults", true))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 64(7-2)"));
    }

    @Test
    @DisplayName("APPC art. 64(8): a re-filing after a return as a repeat is attached to the earlier case without an answer")
    void repeatedAppealIsAttachedToTheEarlierCase() {
        scenario.records.put("a-0", RepeatedAppealTest.returnedAsRepeat("a-0"));
        fixture.given(inReview("a-1"))
                .when(new AttachRepeatedAppeal("a-1", null, "a-0", "same grievance, nothing new"))
                .expectEventsMatching(events(
                        e -> e.equals(new RepeatedAppealAttached("a-1", "a-0", "ЖТ-2026-00000007",
                                "same grievance, nothing new", "APPC art. 64(8)")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC art. 64(8): an appeal is not attached to a case still under consideration")
    void repeatOfAnOpenCaseIsNotAttached() {
        scenario.records.put("a-0", record("a-0", AppealState.IN_REVIEW));
        fixture.given(inReview("a-1"))
                .when(new AttachRepeatedAppeal("a-1", null, "a-0", "same grievance"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 64(8)"));
    }

    @Test
    @DisplayName("APPC art. 64(9): the applicant withdraws the appeal in writing before the decision")
    void appealIsWithdrawnInWriting() {
        fixture.given(inReview("a-1"))
                .when(new WithdrawAppeal("a-1", null, "I withdraw my appeal"))
                .expectEventsMatching(events(
                        e -> e.equals(new AppealWithdrawn("a-1", date("2026-04-01"), "I withdraw my appeal",
                                "APPC art. 64(9)")),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC art. 64(9): no withdrawal after the decision")
    void withdrawalAfterTheDecisionIsRefused() {
        fixture.given(with(inReview("a-1", AppealKind.REQUEST), new SimplifiedAnswerGiven("a-1",
                        SimplifiedOutcome.EXPLAINED, "explained", List.of("Law X"), date("2026-03-31"), "exec-1", false,
                        "APPC art. 88, 89")))
                .when(new WithdrawAppeal("a-1", null, "I withdraw my appeal"))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("APPC art. 64(9)"));
    }

    @Test
    @DisplayName("APPC art. 70: a withdrawn appeal's procedure is terminated and the applicant told within 3 working days")
    void withdrawnAppealIsTerminatedWithNotice() {
        fixture.given(with(inReview("a-1"), new AppealWithdrawn("a-1", date("2026-04-01"), "withdrawn",
                        "APPC art. 64(9)"), new DeadlineClosed("a-1", "a-1:REVIEW", "REVIEW", date("2026-04-10"),
                        date("2026-04-01"), true, "AppealWithdrawn", "APPC art. 76(1)")))
                .when(new TerminateProcedure("a-1", null, TerminationGround.WITHDRAWN, "the applicant withdrew"))
                .expectEventsMatching(events(
                        is(ProcedureTerminated.class, t -> t.ground() == TerminationGround.WITHDRAWN
                                && t.legalBasis().contains("70")),
                        // 2, 3, 6 April -> Mon 6 April; 1 working day left on Fri 3 April; the 3-day warning would
                        // fall on 1 April, before the period starts
                        is(DeadlineScheduled.class, d -> d.timer().equals("TERMINATION_NOTICE")
                                && d.dueDate().equals(date("2026-04-06")) && d.legalBasis().equals("APPC art. 70")
                                && d.warningDays().equals(List.of(date("2026-04-03"))))));
    }

    static AppealRecord record(String id, AppealState state) {
        return new AppealRecord(id, AppealKind.APPLICATION, state, "ЖТ-2026-00000007", CITIZEN, List.of(),
                Scenario.AKIMAT, null, null, Scenario.almaty("2026-02-02T10:00"), null, null, null, null, null, null, null);
    }
}
