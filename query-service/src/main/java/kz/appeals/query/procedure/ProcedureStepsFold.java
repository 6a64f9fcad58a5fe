package kz.appeals.query.procedure;

import static kz.appeals.query.projection.RowChange.insert;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.appeals.events.ComplaintFilingPeriodRestored;
import kz.appeals.events.ComplaintRefiled;
import kz.appeals.events.RepeatedAppealIdentified;
import kz.appeals.events.SuspensionExceptionStated;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AdministrativeActExecuted;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealEventVisitor;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealLeftWithoutConsideration;
import kz.appeals.events.AppealPartiallyRedirected;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.CourtDecisionExecuted;
import kz.appeals.events.CourtDecisionRecorded;
import kz.appeals.events.CourtDecisionSentForExecution;
import kz.appeals.events.CourtPenaltyImposed;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeadlineWarningIssued;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.events.DefectCorrectionRequested;
import kz.appeals.events.DefectsCorrected;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.HearingProtocolSigned;
import kz.appeals.events.HearingSkipped;
import kz.appeals.events.LawsuitFiled;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.ProtocolRemarksDecided;
import kz.appeals.events.ProtocolRemarksSubmitted;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.RecusalRequested;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RowChange;

/**
 * The procedure-steps read model's fold (issue 12): which events are steps beside the stages — execution of the act
 * (art. 86(3)) and of the court decision after a penalty (art. 127(5)), case-file access (arts. 75(1), 98(5)), the
 * hearing protocol (art. 74), recusal (art. 67), what a repeat leads to (arts. 64(7)(2), 64(8), 70), a complaint's
 * restored filing period (92(2)) and re-filing (95(3)), an act's exception to suspension (96) — and the deadlines of their timers, each one {@code procedure_step}
 * row. Pure: one method per event (a new event does not compile until it says whether it is a step), rows as data.
 */
final class ProcedureStepsFold implements AppealEventVisitor<ProcedureStep> {

    static final String TABLE = "procedure_step";
    static final String ACT_EXECUTION = "ACT_EXECUTION";
    static final String COURT_EXECUTION = "COURT_EXECUTION";
    static final String CASE_FILE_ACCESS = "CASE_FILE_ACCESS";
    static final String HEARING_PROTOCOL = "HEARING_PROTOCOL";
    static final String RECUSAL = "RECUSAL";
    static final String REPEAT = "REPEAT";
    static final String COMPLAINT_FILING = "COMPLAINT_FILING";

    /** The deadlines of these steps, by timer name (events carry timers as text); other timers are not steps. */
    static final Map<String, String> STEP_OF_TIMER = Map.of(
            "ACT_EXECUTION", ACT_EXECUTION,
            "COURT_DECISION_EXECUTION", COURT_EXECUTION,
            "CASE_FILE_ACCESS", CASE_FILE_ACCESS,
            "PROTOCOL_SIGNING", HEARING_PROTOCOL,
            "RECUSAL_DECISION", RECUSAL,
            "RECUSAL_NOTICE", RECUSAL);

    private final long sequence;

    private ProcedureStepsFold(long sequence) {
        this.sequence = sequence;
    }

    /** The step one event records, if it is one. */
    static Optional<ProcedureStep> step(ProjectedEvent p) {
        return Optional.ofNullable(p.event().accept(new ProcedureStepsFold(p.sequence())));
    }

    /** The row one event adds; a redelivered event finds its row (appeal id and sequence) and adds nothing. */
    static List<RowChange> changes(ProjectedEvent p) {
        return step(p).map(s -> List.<RowChange>of(insert(TABLE, List.of("appeal_id", "sequence"),
                RowChange.OnConflict.IGNORE, "appeal_id", s.appealId(), "sequence", s.sequence(), "step", s.step(),
                "event_type", s.eventType(), "outcome", s.outcome(), "happened_on", s.happenedOn(), "due_on",
                s.dueOn(), "late", s.late(), "official_id", s.officialId(), "legal_basis", s.legalBasis())))
                .orElse(List.of());
    }

    private ProcedureStep step(String appealId, String step, Object event, String outcome, LocalDate on,
                               LocalDate due, Boolean late, String officialId, String legalBasis) {
        return new ProcedureStep(appealId, sequence, step, event.getClass().getSimpleName(), outcome, on, due, late,
                officialId, legalBasis);
    }

    private ProcedureStep deadline(String appealId, String timer, Object event, String what, LocalDate on,
                                   LocalDate due, Boolean late, String legalBasis) {
        String step = STEP_OF_TIMER.get(timer);
        return step == null ? null : step(appealId, step, event, timer + "_" + what, on, due, late, null, legalBasis);
    }

    private static LocalDate date(ComputedDate computed) {
        return computed == null ? null : computed.date();
    }

    @Override
    public ProcedureStep on(AppealFiled e) {
        return null;
    }

    @Override
    public ProcedureStep on(AppealRegistered e) {
        return null;
    }

    @Override
    public ProcedureStep on(DefectCorrectionRequested e) {
        return null;
    }

    @Override
    public ProcedureStep on(DefectsCorrected e) {
        return null;
    }

    @Override
    public ProcedureStep on(AppealReturned e) {
        return null;
    }

    @Override
    public ProcedureStep on(RepeatedAppealAttached e) {
        return null;
    }

    @Override
    public ProcedureStep on(AppealWithdrawn e) {
        return null;
    }

    @Override
    public ProcedureStep on(AppealRedirected e) {
        return null;
    }

    @Override
    public ProcedureStep on(AppealPartiallyRedirected e) {
        return null;
    }

    @Override
    public ProcedureStep on(ExecutorAssigned e) {
        return null;
    }

    @Override
    public ProcedureStep on(ReviewPeriodExtended e) {
        return null;
    }

    @Override
    public ProcedureStep on(PreliminaryDecisionSent e) {
        return null;
    }

    @Override
    public ProcedureStep on(ObjectionsReceived e) {
        return null;
    }

    @Override
    public ProcedureStep on(HearingHeld e) {
        return null;
    }

    @Override
    public ProcedureStep on(HearingSkipped e) {
        return null;
    }

    @Override
    public ProcedureStep on(AdministrativeActIssued e) {
        return null;
    }

    @Override
    public ProcedureStep on(SimplifiedAnswerGiven e) {
        return null;
    }

    @Override
    public ProcedureStep on(ProcedureTerminated e) {
        return null;
    }

    @Override
    public ProcedureStep on(AppealLeftWithoutConsideration e) {
        return null;
    }

    @Override
    public ProcedureStep on(DeliveryRecorded e) {
        return null;
    }

    @Override
    public ProcedureStep on(ComplaintFiled e) {
        return null;
    }

    @Override
    public ProcedureStep on(ActExecutionSuspended e) {
        return null;
    }

    @Override
    public ProcedureStep on(ComplaintForwarded e) {
        return null;
    }

    @Override
    public ProcedureStep on(ComplaintSatisfiedByChallengedBody e) {
        return null;
    }

    @Override
    public ProcedureStep on(ComplaintDecided e) {
        return null;
    }

    @Override
    public ProcedureStep on(CaseSentBack e) {
        return null;
    }

    @Override
    public ProcedureStep on(LawsuitFiled e) {
        return null;
    }

    @Override
    public ProcedureStep on(CourtDecisionRecorded e) {
        return null;
    }

    @Override
    public ProcedureStep on(CourtDecisionSentForExecution e) {
        return null;
    }

    @Override
    public ProcedureStep on(CourtDecisionExecuted e) {
        return null;
    }

    @Override
    public ProcedureStep on(CourtPenaltyImposed e) {
        return step(e.appealId(), COURT_EXECUTION, e, "PENALTY_IMPOSED", e.imposedOn(), e.newExecutionDueDate(), null,
                null, e.newExecutionDueDate() == null ? e.legalBasis() : e.legalBasis() + ", 127(5)");
    }

    @Override
    public ProcedureStep on(AdministrativeActExecuted e) {
        return step(e.appealId(), ACT_EXECUTION, e, "EXECUTED", e.executedOn(), null, e.late(), null,
                e.legalBasis());
    }

    @Override
    public ProcedureStep on(CaseFileAccessRequested e) {
        return step(e.appealId(), CASE_FILE_ACCESS, e, "REQUESTED", e.requestedOn(), date(e.accessDueBy()), null, null,
                e.legalBasis());
    }

    @Override
    public ProcedureStep on(CaseFileAccessGranted e) {
        return step(e.appealId(), CASE_FILE_ACCESS, e, e.withheld() == null ? "GRANTED" : "GRANTED_WITH_PARTS_WITHHELD",
                e.grantedOn(), null, e.late(), null, e.legalBasis());
    }

    @Override
    public ProcedureStep on(HearingProtocolSigned e) {
        return step(e.appealId(), HEARING_PROTOCOL, e, "SIGNED", e.signedOn(), null, e.late(), null, e.legalBasis());
    }

    @Override
    public ProcedureStep on(ProtocolRemarksSubmitted e) {
        return step(e.appealId(), HEARING_PROTOCOL, e, "REMARKS_SUBMITTED", e.submittedOn(), date(e.remarksUntil()),
                e.late(), null, e.legalBasis());
    }

    @Override
    public ProcedureStep on(ProtocolRemarksDecided e) {
        return step(e.appealId(), HEARING_PROTOCOL, e, e.accepted() ? "REMARKS_ACCEPTED" : "REMARKS_REJECTED",
                e.decidedOn(), null, null, null, e.legalBasis());
    }

    @Override
    public ProcedureStep on(RecusalRequested e) {
        return step(e.appealId(), RECUSAL, e, e.selfRecusal() ? "SELF_RECUSAL_REQUESTED" : "REQUESTED", e.requestedOn(),
                date(e.decisionDueBy()), null, e.officialId(), e.legalBasis());
    }

    @Override
    public ProcedureStep on(RecusalDecided e) {
        return step(e.appealId(), RECUSAL, e, e.granted() ? "GRANTED" : "REFUSED", e.decidedOn(), null, e.late(),
                e.officialId(), e.legalBasis());
    }

    @Override
    public ProcedureStep on(DeadlineScheduled e) {
        return deadline(e.appealId(), e.timer(), e, "RUNNING", e.startsOn(), e.dueDate(), null, e.legalBasis());
    }

    @Override
    public ProcedureStep on(DeadlineWarningIssued e) {
        return null;
    }

    @Override
    public ProcedureStep on(DeadlineMissed e) {
        return deadline(e.appealId(), e.timer(), e, "MISSED", e.missedOn(), e.dueDate(), true, e.legalBasis());
    }

    @Override
    public ProcedureStep on(DeemedRefusalOccurred e) {
        return null;
    }

    @Override
    public ProcedureStep on(DeadlineMoved e) {
        return deadline(e.appealId(), e.timer(), e, "MOVED", null, e.to(), null, e.legalBasis());
    }

    @Override
    public ProcedureStep on(DeadlineClosed e) {
        return deadline(e.appealId(), e.timer(), e, "CLOSED", e.closedOn(), e.dueDate(), !e.met(), e.legalBasis());
    }

    @Override
    public ProcedureStep on(AppealDefectsFound e) {
        return null;
    }

    @Override
    public ProcedureStep on(AnonymousAppealRecorded e) {
        return null;
    }

    @Override
    public ProcedureStep on(MemberJoined e) {
        return null;
    }

    /** Arts. 64(7)(2), 64(8), 70(1)(1), 70(5): what the repeat of an earlier appeal leads to. */
    @Override
    public ProcedureStep on(RepeatedAppealIdentified e) {
        return step(e.appealId(), REPEAT, e, e.consequence().name(), e.identifiedOn(), null, null, null,
                e.legalBasis());
    }

    /** Art. 92(2): the missed filing period restored for a good reason. */
    @Override
    public ProcedureStep on(ComplaintFilingPeriodRestored e) {
        return step(e.appealId(), COMPLAINT_FILING, e, "PERIOD_RESTORED", e.restoredOn(), null, null, e.restoredBy(),
                e.legalBasis());
    }

    /** Art. 95(3): a complaint re-filed after the earlier one was left without consideration. */
    @Override
    public ProcedureStep on(ComplaintRefiled e) {
        return step(e.appealId(), COMPLAINT_FILING, e, "REFILED", null, null, null, null, e.legalBasis());
    }

    /** Art. 96: the act states that a complaint does not suspend its execution. */
    @Override
    public ProcedureStep on(SuspensionExceptionStated e) {
        return step(e.appealId(), ACT_EXECUTION, e, "SUSPENSION_EXCEPTION", null, null, null, null, e.legalBasis());
    }
}
