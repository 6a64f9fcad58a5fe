package kz.appeals.lifecycle;

import static kz.appeals.lifecycle.Stream.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.appeals.events.*;

/**
 * Every event walked through the lifecycle: from where, to which stage, held by which body, with which periods
 * running (timer, due date, the article the date was set under) and which outcome. Rows marked "issue 11" are the
 * answers the read side got wrong.
 */
class AppealLifecycleTest {

    record Row(String rule, kz.appeals.lifecycle.Stream given, AppealEvent when, AppealState stage,
               String holdingBody, String deadlines, String outcome) {

        @Override
        public String toString() {
            return when.getClass().getSimpleName() + ": " + rule;
        }
    }

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    private static final String REVIEW = "REVIEW 2026-03-31 APPC art. 76(1)-(2)";

    static List<Row> table() {
        return List.of(
                // ------------------------------------------------ intake and routing
                new Row("art. 64(1): every appeal is accepted by its addressee", none(),
                        new AppealFiled(ID, kz.appeals.clock.AppealKind.APPLICATION, APPLICANT, List.of(), AKIMAT,
                                "a road", AppealForm.PAPER, Channel.POST, Instant.parse("2026-03-02T04:00:00Z")),
                        AppealState.FILED, "akimat", "", "-"),
                new Row("art. 64(2)-(3): registered with a talon", none().then(application().events().get(0)),
                        application().events().get(1), AppealState.REGISTERED, "akimat", "", "-"),
                new Row("art. 76(2): the review period starts the day after registration",
                        none().then(application().events().get(0), application().events().get(1)),
                        scheduled("REVIEW", DUE, "APPC art. 76(1)-(2)"), AppealState.REGISTERED, "akimat", REVIEW,
                        "-"),
                new Row("art. 64(6): the applicant is asked to fix defects", inReview(),
                        new DefectCorrectionRequested(ID, List.of("no signature"), D, D.plusDays(5),
                                "APPC art. 64(6)"),
                        AppealState.AWAITING_CORRECTION, "akimat", REVIEW, "-"),
                new Row("issue 11, art. 64(6): corrected before any executor had it, it is REGISTERED again",
                        application().then(new DefectCorrectionRequested(ID, List.of("no signature"), D,
                                D.plusDays(5), "APPC art. 64(6)")),
                        new DefectsCorrected(ID, D.plusDays(2), "signed", 2, "APPC art. 64(6)"),
                        AppealState.REGISTERED, "akimat", REVIEW, "-"),
                new Row("art. 64(6): corrected while in review, back in review", inReview().then(
                        new DefectCorrectionRequested(ID, List.of("no signature"), D, D.plusDays(5),
                                "APPC art. 64(6)")),
                        new DefectsCorrected(ID, D.plusDays(2), "signed", 2, "APPC art. 64(6)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 64(7): returned with reasons", inReview(),
                        new AppealReturned(ID, ReturnGround.DEFECTS_NOT_FIXED_IN_TIME, "not fixed", D,
                                "APPC art. 64(7)"),
                        AppealState.RETURNED, "akimat", REVIEW,
                        "RETURNED DEFECTS_NOT_FIXED_IN_TIME 2026-03-02 APPC art. 64(7)"),
                new Row("art. 64(8): a repeat is attached to the earlier case", inReview(),
                        new RepeatedAppealAttached(ID, "A-0", "ZT-2025-9", "same subject", "APPC art. 64(8)"),
                        AppealState.ATTACHED, "akimat", REVIEW, "ATTACHED A-0 - APPC art. 64(8)"),
                new Row("issue 12, arts. 64(7)(2), 70: identifying a repeat changes no stage; the return follows",
                        inReview(),
                        new RepeatedAppealIdentified(ID, "A-0", "ZT-2025-9", false, RepeatConsequence.RETURN, D,
                                "APPC art. 64(7)(2)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 64(9): withdrawn in writing", inReview(),
                        new AppealWithdrawn(ID, D, "I withdraw", "APPC art. 64(9)"),
                        AppealState.WITHDRAWN, "akimat", REVIEW, "WITHDRAWN - 2026-03-02 APPC art. 64(9)"),
                new Row("art. 65: the competent body holds a redirected appeal", application(),
                        new AppealRedirected(ID, AKIMAT, MINISTRY, "competence", D, D.plusDays(1), WINDOW, false,
                                "APPC art. 65, 76(2)"),
                        AppealState.REDIRECTED, "ministry", REVIEW, "-"),
                new Row("art. 65: a partial redirect leaves this appeal where it is", inReview(),
                        new AppealPartiallyRedirected(ID, "A-2", MINISTRY, "the pension part", "competence", D,
                                D.plusDays(1), WINDOW, false, "APPC art. 65"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 64(1): an executor takes it up", application(), assigned(AKIMAT),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 65: the competent body puts an executor on a redirected appeal", application()
                        .then(new AppealRedirected(ID, AKIMAT, MINISTRY, "competence", D, D.plusDays(1), WINDOW,
                                false, "APPC art. 65, 76(2)")),
                        assigned(MINISTRY), AppealState.IN_REVIEW, "ministry", REVIEW, "-"),
                new Row("art. 91(4): the review body puts an executor on a forwarded complaint", complaint()
                        .then(new ComplaintForwarded(ID, REVIEW_BODY, D.plusDays(1), true, false,
                                "APPC art. 91(4)"), closed("COMPLAINT_FORWARDING")),
                        assigned(REVIEW_BODY), AppealState.IN_REVIEW, "oblast", REVIEW, "-"),
                new Row("art. 64(6): defects may be named right at registration", application(),
                        new DefectCorrectionRequested(ID, List.of("no signature"), D, D.plusDays(5),
                                "APPC art. 64(6)"),
                        AppealState.AWAITING_CORRECTION, "akimat", REVIEW, "-"),
                new Row("issue 12, art. 64(1): defects found at intake leave it registered, to be asked for",
                        application(), new AppealDefectsFound(ID, List.of("applicant.postalAddress: missing"), D,
                                false, "APPC art. 63(1)-(2), 64(1), 64(6)"),
                        AppealState.REGISTERED, "akimat", REVIEW, "-"),
                new Row("issue 12, art. 64(7-2): an anonymous appeal is recorded and not considered", application(),
                        new AnonymousAppealRecorded(ID, D, false, "APPC art. 64(7-2)"),
                        AppealState.NOT_CONSIDERED, "akimat", REVIEW,
                        "NOT_CONSIDERED ANONYMOUS 2026-03-02 APPC art. 64(7-2)"),
                new Row("issue 12, art. 64(7-2): an anonymous report of a crime is accepted, to be redirected",
                        application(), new AnonymousAppealRecorded(ID, D, true, "APPC art. 64(7-2)"),
                        AppealState.REGISTERED, "akimat", REVIEW, "-"),
                new Row("issue 12, art. 22(1): an interested person joins; stage and periods stay", inReview(),
                        new MemberJoined(ID, APPLICANT, D, "APPC art. 22(1)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 64(7): returned when the defects were not fixed in time", application()
                        .then(new DefectCorrectionRequested(ID, List.of("no signature"), D, D.plusDays(5),
                                "APPC art. 64(6)")),
                        new AppealReturned(ID, ReturnGround.DEFECTS_NOT_FIXED_IN_TIME, "not fixed", D.plusDays(9),
                                "APPC art. 64(7)"),
                        AppealState.RETURNED, "akimat", REVIEW,
                        "RETURNED DEFECTS_NOT_FIXED_IN_TIME 2026-03-11 APPC art. 64(7)"),
                new Row("art. 70: a returned appeal's procedure is terminated", inReview().then(
                        new AppealReturned(ID, ReturnGround.DEFECTS_NOT_FIXED_IN_TIME, "not fixed", D,
                                "APPC art. 64(7)"), closed("REVIEW")),
                        new ProcedureTerminated(ID, TerminationGround.RETURNED, "returned", D, "APPC art. 70, 64(7)"),
                        AppealState.TERMINATED, "akimat", "", "TERMINATED RETURNED 2026-03-02 APPC art. 70, 64(7)"),
                new Row("art. 70: a withdrawn appeal's procedure is terminated", inReview().then(
                        new AppealWithdrawn(ID, D, "I withdraw", "APPC art. 64(9)"), closed("REVIEW")),
                        new ProcedureTerminated(ID, TerminationGround.WITHDRAWN, "withdrawn", D,
                                "APPC art. 70, 64(9)"),
                        AppealState.TERMINATED, "akimat", "", "TERMINATED WITHDRAWN 2026-03-02 APPC art. 70, 64(9)"),
                new Row("arts. 77-80: an act without a hearing (a favourable one)", inReview(), act(),
                        AppealState.DECIDED, "akimat", REVIEW, "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("art. 100(1): the review body decides after hearing the complainant", forwarded().then(
                        new PreliminaryDecisionSent(ID, ActNature.BURDENSOME, "refuse", D, D, WINDOW, WINDOW,
                                "APPC art. 73")),
                        new ComplaintDecided(ID, "A-0", ComplaintOutcome.COMPLAINT_UNSATISFIED, "lawful", List.of(),
                                D.plusDays(8), "reviewer", "oblast", false, "APPC art. 100, 101"),
                        AppealState.DECIDED, "oblast", REVIEW,
                        "COMPLAINT_DECIDED COMPLAINT_UNSATISFIED 2026-03-10 APPC art. 100, 101"),
                new Row("arts. 100(5), 136(6): to court after a complaint's deemed refusal", forwarded().then(
                        new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COURT", COURT_WINDOW,
                                "APPC art. 100(5), 136(6)")),
                        new LawsuitFiled(ID, "SMAS Astana", "2-1", D.plusDays(31), "DEEMED_REFUSAL", COURT_WINDOW,
                                false, "APPC art. 136(1), 136(6)"),
                        AppealState.IN_COURT, "oblast", REVIEW,
                        "DEEMED_REFUSAL COURT 2026-03-31 APPC art. 100(5), 136(6) court until 2026-04-02"),
                // ------------------------------------------------ consideration and hearing
                new Row("art. 76(3): an extension changes no stage", inReview(),
                        new ReviewPeriodExtended(ID, "head", "HEAD", "expertise", D, DUE, DUE.plusDays(20), WINDOW,
                                "APPC art. 76(3)", "r1", "c1", List.of()),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 73: the preliminary decision opens the hearing", inReview(),
                        new PreliminaryDecisionSent(ID, ActNature.BURDENSOME, "refuse", D, D, WINDOW, WINDOW,
                                "APPC art. 73"),
                        AppealState.HEARING, "akimat", REVIEW, "-"),
                new Row("art. 73: objections are heard within the hearing", hearing(),
                        new ObjectionsReceived(ID, "I object", true, D, false, "APPC art. 73"),
                        AppealState.HEARING, "akimat", REVIEW, "-"),
                new Row("issue 11, arts. 73-74: after the hearing it is still HEARING until the act", hearing(),
                        new HearingHeld(ID, D.plusDays(1), true, List.of("applicant"), "heard", "APPC art. 73, 74"),
                        AppealState.HEARING, "akimat", REVIEW, "-"),
                new Row("art. 73: a skipped hearing changes no stage", inReview(),
                        new HearingSkipped(ID, HearingSkipReason.FAVOURABLE_ACT_NO_THIRD_PARTY, "favourable",
                                "APPC art. 73"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                // ------------------------------------------------ decision and delivery
                new Row("arts. 77-80: an administrative act decides it", hearing(), act(),
                        AppealState.DECIDED, "akimat", REVIEW, "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("arts. 88-89: a simplified answer decides it", filed(kz.appeals.clock.AppealKind.REQUEST)
                        .then(assigned(AKIMAT)),
                        new SimplifiedAnswerGiven(ID, SimplifiedOutcome.values()[0], "answered", List.of("law"), D,
                                "official-1", false, "APPC art. 88, 89"),
                        AppealState.DECIDED, "akimat", REVIEW,
                        "SIMPLIFIED_ANSWER " + SimplifiedOutcome.values()[0] + " 2026-03-02 APPC art. 88, 89"),
                new Row("art. 70: terminated", inReview(),
                        new ProcedureTerminated(ID, TerminationGround.FINAL_COURT_ACT_EXISTS, "court", D,
                                "APPC art. 70"),
                        AppealState.TERMINATED, "akimat", REVIEW,
                        "TERMINATED FINAL_COURT_ACT_EXISTS 2026-03-02 APPC art. 70"),
                new Row("arts. 95, 100(1): a complaint left without consideration", forwarded(),
                        new AppealLeftWithoutConsideration(ID, LeaveWithoutConsiderationGround.values()[0], "late",
                                D.plusDays(5), "APPC art. 95, 100(1)"),
                        AppealState.LEFT_WITHOUT_CONSIDERATION, "oblast", "REVIEW 2026-03-31 APPC art. 76(1)-(2)",
                        "LEFT_WITHOUT_CONSIDERATION " + LeaveWithoutConsiderationGround.values()[0]
                                + " 2026-03-07 APPC art. 95, 100(1)"),
                new Row("art. 66(2): a delivery changes no stage", decided(),
                        new DeliveryRecorded(ID, DeliveredDocument.ADMINISTRATIVE_ACT, "act-1", APPLICANT.iin(),
                                "Aigerim", false, DeliveryChannel.EGOV_CABINET_AND_SMS,
                                Instant.parse("2026-03-13T04:00:00Z"), "sms", "APPC art. 66(2)"),
                        AppealState.DECIDED, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                // ------------------------------------------------ complaint
                new Row("arts. 91-92: a complaint is held by the body whose act it challenges",
                        filed(kz.appeals.clock.AppealKind.COMPLAINT),
                        new ComplaintFiled(ID, "A-0", "act-0", "the refusal", "akimat", "official-1", D, true,
                                WINDOW, false, "APPC art. 91, 92"),
                        AppealState.REGISTERED, "akimat", REVIEW, "-"),
                new Row("art. 96: suspending the challenged act changes no stage", decided(),
                        new ActExecutionSuspended(ID, "act-1", "A-9", D, "APPC art. 96"),
                        AppealState.DECIDED, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("issue 12, art. 96: an act stating that a complaint does not suspend it stays decided",
                        decided(),
                        new SuspensionExceptionStated(ID, "act-1", "art. 96: threat to life", "flooding", "APPC art. 96"),
                        AppealState.DECIDED, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("issue 12, art. 95(3): a re-filed complaint changes no stage", complaint(),
                        new ComplaintRefiled(ID, "C-0", "ZT-2026-1", LeaveWithoutConsiderationGround.WITHDRAWN,
                                "APPC art. 95(3)"),
                        AppealState.REGISTERED, "akimat", REVIEW + ", COMPLAINT_FORWARDING 2026-03-05 APPC art. 91(4)",
                        "-"),
                new Row("issue 12, art. 92(2): restoring the filing period changes no stage", forwarded(),
                        new ComplaintFilingPeriodRestored(ID, "illness", D.plusDays(2), "reviewer", "APPC art. 92(2)"),
                        AppealState.IN_REVIEW, "oblast", REVIEW, "-"),
                new Row("issue 11, art. 91(4): a forwarded complaint is held by the review body", complaint(),
                        new ComplaintForwarded(ID, REVIEW_BODY, D.plusDays(1), true, false, "APPC art. 91(4)"),
                        AppealState.FORWARDED, "oblast", REVIEW + ", COMPLAINT_FORWARDING 2026-03-05 APPC art. 91(4)",
                        "-"),
                new Row("art. 91(4): the challenged body satisfies the complaint itself", complaint(),
                        new ComplaintSatisfiedByChallengedBody(ID, "cancelled", D.plusDays(1), "official-2",
                                "APPC art. 91(4)"),
                        AppealState.DECIDED, "akimat", REVIEW + ", COMPLAINT_FORWARDING 2026-03-05 APPC art. 91(4)",
                        "COMPLAINT_SATISFIED - 2026-03-03 APPC art. 91(4)"),
                new Row("art. 100(1): the review body decides the complaint", forwarded(),
                        new ComplaintDecided(ID, "A-0", ComplaintOutcome.ACT_CANCELLED, "unlawful", List.of(),
                                D.plusDays(8), "reviewer", "oblast", false, "APPC art. 100, 101"),
                        AppealState.DECIDED, "oblast", REVIEW,
                        "COMPLAINT_DECIDED ACT_CANCELLED 2026-03-10 APPC art. 100, 101"),
                new Row("issue 11, arts. 95, 100(1): a complaint left without consideration is not DECIDED",
                        forwarded().then(new AppealLeftWithoutConsideration(ID,
                                LeaveWithoutConsiderationGround.values()[0], "late", D.plusDays(5),
                                "APPC art. 95, 100(1)")),
                        new ComplaintDecided(ID, "A-0", ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION, "late",
                                List.of(), D.plusDays(5), "reviewer", "oblast", false, "APPC art. 95, 100(1)"),
                        AppealState.LEFT_WITHOUT_CONSIDERATION, "oblast", REVIEW,
                        "LEFT_WITHOUT_CONSIDERATION " + LeaveWithoutConsiderationGround.values()[0]
                                + " 2026-03-07 APPC art. 95, 100(1)"),
                new Row("art. 100(2): a case sent back is considered again, without an outcome", decided(),
                        new CaseSentBack(ID, "A-9", List.of("no hearing"), D.plusDays(20), "APPC art. 100(2)"),
                        AppealState.IN_REVIEW, "akimat", "", "-"),
                // ------------------------------------------------ court
                new Row("art. 136: a claim in court", decided(),
                        new LawsuitFiled(ID, "SMAS Astana", "2-1", D.plusDays(20), "ACT", COURT_WINDOW, false,
                                "APPC art. 136(1), 136(6)"),
                        AppealState.IN_COURT, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("the court decided", inCourt(),
                        new CourtDecisionRecorded(ID, "SMAS Astana", "2-1", CourtOutcome.CLAIM_SATISFIED, "won",
                                D.plusDays(40), D.plusDays(70), "APPC art. 171"),
                        AppealState.COURT_DECIDED, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("art. 171(1): sent for execution, no change of stage", courtDecided(),
                        new CourtDecisionSentForExecution(ID, D.plusDays(71), "akimat", false, "APPC art. 171(1)"),
                        AppealState.COURT_DECIDED, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("art. 171: the court decision executed", courtDecided(),
                        new CourtDecisionExecuted(ID, D.plusDays(80), "done", false, "APPC art. 171"),
                        AppealState.COURT_DECISION_EXECUTED, "akimat", "",
                        "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("art. 127: a court penalty changes no stage", courtDecided(),
                        new CourtPenaltyImposed(ID, "SMAS Astana", 100_000, "late", D.plusDays(120),
                                "APPC art. 127"),
                        AppealState.COURT_DECIDED, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                // ------------------------------------------------ steps beside the stages (issue 12)
                new Row("art. 86(3): the executed act stays DECIDED", decided(),
                        new AdministrativeActExecuted(ID, "act-1", D.plusDays(14), "permit issued", false,
                                "APPC art. 86(3)"),
                        AppealState.DECIDED, "akimat", "", "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                new Row("art. 75(1): a request to see the file changes no stage", inReview(),
                        new CaseFileAccessRequested(ID, "citizen-1", "Aigerim Nurlanovna", "whole file", D,
                                WINDOW, "APPC art. 75(1)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 75(1): access given changes no stage", inReview(),
                        new CaseFileAccessGranted(ID, D.plusDays(2), "reading room", null, "exec-1", false,
                                "APPC art. 75(1)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 74: the signed protocol keeps the hearing stage", hearing(),
                        new HearingProtocolSigned(ID, D.plusDays(1), D.plusDays(2), "exec-1", false, "APPC art. 74"),
                        AppealState.HEARING, "akimat", REVIEW, "-"),
                new Row("art. 74: remarks on the protocol keep the hearing stage", hearing(),
                        new ProtocolRemarksSubmitted(ID, "my words are missing", D.plusDays(3), D.plusDays(4),
                                WINDOW, false, "APPC art. 74"),
                        AppealState.HEARING, "akimat", REVIEW, "-"),
                new Row("art. 74: the chair's decision on remarks keeps the hearing stage", hearing(),
                        new ProtocolRemarksDecided(ID, true, "added", D.plusDays(5), "exec-1", "APPC art. 74"),
                        AppealState.HEARING, "akimat", REVIEW, "-"),
                new Row("art. 67: a recusal request changes no stage", inReview(),
                        new RecusalRequested(ID, "exec-1", "the executor is my neighbour", false, "citizen-1", D,
                                WINDOW, "APPC art. 67"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 67: the decision on recusal changes no stage", inReview(),
                        new RecusalDecided(ID, "exec-1", true, "conflict of interest", D.plusDays(2), "head-1", false,
                                "APPC art. 67"),
                        AppealState.IN_REVIEW, "akimat", REVIEW, "-"),
                new Row("art. 127(5): the penalty's new period replaces the missed month", courtDecided().then(
                                scheduled("COURT_DECISION_EXECUTION", D.plusDays(100), "APPC art. 171")),
                        scheduled("COURT_DECISION_EXECUTION", D.plusDays(140), "APPC art. 127(5)"),
                        AppealState.COURT_DECIDED, "akimat", "COURT_DECISION_EXECUTION 2026-07-20 APPC art. 127(5)",
                        "ACT SATISFIED 2026-03-12 APPC art. 77, 78, 80(5)"),
                // ------------------------------------------------ deadlines
                new Row("art. 76(2): a full redirect restarts the review at the competent body", application()
                        .then(new AppealRedirected(ID, AKIMAT, MINISTRY, "competence", D, D.plusDays(1), WINDOW,
                                false, "APPC art. 65, 76(2)")),
                        scheduled("REVIEW", DUE.plusDays(1), "APPC art. 76(2)"), AppealState.REDIRECTED,
                        "ministry", "REVIEW 2026-04-01 APPC art. 76(2)", "-"),
                new Row("a warning is remembered, so it is not issued twice", inReview(),
                        new DeadlineWarningIssued(ID, ID + ":REVIEW", "REVIEW", DUE, DUE.minusDays(3), 3,
                                "APPC art. 76(1)-(2)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW + " warned [3]", "-"),
                new Row("a missed period stays open until the step is taken", inReview(),
                        new DeadlineMissed(ID, ID + ":REVIEW", "REVIEW", DUE, DUE.plusDays(1),
                                "APPC art. 76(1)-(2)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW + " missed", "-"),
                new Row("issue 11, art. 91(2): a deemed refusal carries the complaint window", inReview()
                        .then(new DeadlineMissed(ID, ID + ":REVIEW", "REVIEW", DUE, DUE.plusDays(1),
                                "APPC art. 76(1)-(2)")),
                        new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COMPLAINT", WINDOW, "APPC art. 91(2)"),
                        AppealState.IN_REVIEW, "akimat", REVIEW + " missed",
                        "DEEMED_REFUSAL COMPLAINT 2026-03-31 APPC art. 91(2) complaint until 2026-06-02"),
                new Row("issue 11, arts. 100(5), 136(6): a complaint's deemed refusal carries the court window",
                        forwarded(),
                        new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COURT", COURT_WINDOW,
                                "APPC art. 100(5), 136(6)"),
                        AppealState.IN_REVIEW, "oblast", REVIEW,
                        "DEEMED_REFUSAL COURT 2026-03-31 APPC art. 100(5), 136(6) court until 2026-04-02"),
                new Row("issue 11, art. 76(3): an extended review date cites art. 76(3)", inReview()
                        .then(new ReviewPeriodExtended(ID, "head", "HEAD", "expertise", D, DUE, DUE.plusDays(20),
                                WINDOW, "APPC art. 76(3)", "r1", "c1", List.of())),
                        new DeadlineMoved(ID, ID + ":REVIEW", "REVIEW", DUE, DUE.plusDays(20), "EXTENSION",
                                "extended", "APPC art. 76(3)", "r1", "c1", List.of(), List.of()),
                        AppealState.IN_REVIEW, "akimat", "REVIEW 2026-04-20 APPC art. 76(3)", "-"),
                new Row("a closed period is no longer open", inReview(), closed("REVIEW"),
                        AppealState.IN_REVIEW, "akimat", "", "-"));
    }

    private static kz.appeals.lifecycle.Stream inCourt() {
        return decided().then(new LawsuitFiled(ID, "SMAS Astana", "2-1", D.plusDays(20), "ACT", COURT_WINDOW, false,
                "APPC art. 136(1), 136(6)"));
    }

    private static kz.appeals.lifecycle.Stream courtDecided() {
        return inCourt().then(new CourtDecisionRecorded(ID, "SMAS Astana", "2-1", CourtOutcome.CLAIM_SATISFIED,
                "won", D.plusDays(40), D.plusDays(70), "APPC art. 171"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEventMovesTheAppealAsTheCodeSays(Row row) {
        LifecycleState after = AppealLifecycle.next(row.given().state(), row.when());

        assertThat(after.stage()).as("stage").isEqualTo(row.stage());
        assertThat(after.holdingBody().bodyId()).as("holding body").isEqualTo(row.holdingBody());
        assertThat(deadlines(after)).as("open deadlines").isEqualTo(row.deadlines());
        assertThat(outcome(after.outcome())).as("outcome").isEqualTo(row.outcome());
    }

    @Test
    void theTableWalksEveryEvent() {
        Set<Class<?>> walked = table().stream().map(r -> r.when().getClass()).collect(Collectors.toSet());
        assertThat(walked).containsExactlyInAnyOrder(AppealEvent.class.getPermittedSubclasses());
    }

    @Test
    void aStreamReplaysToTheStateOfItsLastStep() {
        assertThat(AppealLifecycle.replay(forwarded().events()).stage()).isEqualTo(AppealState.IN_REVIEW);
        assertThat(AppealLifecycle.replay(List.of())).isEqualTo(LifecycleState.NONE);
    }

    static String deadlines(LifecycleState state) {
        return state.deadlines().values().stream()
                .map(d -> d.timer() + " " + d.dueDate() + " " + d.dueDateBasis() + (d.missed() ? " missed" : "")
                        + (d.warned().isEmpty() ? "" : " warned " + d.warned()))
                .collect(Collectors.joining(", "));
    }

    static String outcome(Outcome outcome) {
        if (outcome == null) {
            return "-";
        }
        return Stream.of(outcome.kind().name(), outcome.detail() == null ? "-" : outcome.detail(),
                        outcome.on() == null ? "-" : outcome.on().toString(), outcome.legalBasis())
                .collect(Collectors.joining(" "))
                + (outcome.complaintWindow() == null ? "" : " complaint until " + outcome.complaintWindow().date())
                + (outcome.courtWindow() == null ? "" : " court until " + outcome.courtWindow().date());
    }
}
