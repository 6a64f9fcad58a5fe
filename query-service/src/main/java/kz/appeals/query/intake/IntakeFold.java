package kz.appeals.query.intake;

import static kz.appeals.query.projection.RowChange.insert;
import static kz.appeals.query.projection.RowChange.update;

import java.util.List;

import kz.appeals.events.RepeatedAppealIdentified;
import kz.appeals.events.SuspensionExceptionStated;
import kz.appeals.events.ComplaintRefiled;
import kz.appeals.events.ComplaintFilingPeriodRestored;
import kz.appeals.events.AdministrativeActExecuted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.HearingProtocolSigned;
import kz.appeals.events.ProtocolRemarksSubmitted;
import kz.appeals.events.ProtocolRemarksDecided;
import kz.appeals.events.RecusalRequested;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AppealEventVisitor;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealLeftWithoutConsideration;
import kz.appeals.events.AppealPartiallyRedirected;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
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
import kz.appeals.events.HearingSkipped;
import kz.appeals.events.Language;
import kz.appeals.events.LawsuitFiled;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RowChange;
import kz.appeals.query.projection.RowChange.OnConflict;

/**
 * The intake read model's fold (issue 12): what an event changes in {@code appeal_intake} — the appeal's language and
 * its act's or answer's (APPC arts. 22, 89(2)), anonymity (art. 64(7-2)) and the defects found at registration (arts.
 * 63, 64(1), 64(6), 88(1)(2)). Pure: the rows come back as {@link RowChange}s.
 */
final class IntakeFold implements AppealEventVisitor<List<RowChange>> {

    static final String INTAKE = "appeal_intake";

    private final String appealId;

    private IntakeFold(String appealId) {
        this.appealId = appealId;
    }

    static List<RowChange> changes(ProjectedEvent p) {
        return p.event().accept(new IntakeFold(p.appealId()));
    }

    private List<RowChange> intake(Object... columnsAndValues) {
        return List.of(update(INTAKE, "appeal_id", appealId, columnsAndValues));
    }

    private List<RowChange> answerLanguage(Language language) {
        return language == null ? none() : intake("answer_language", language.name());
    }

    private static List<RowChange> none() {
        return List.of();
    }

    @Override
    public List<RowChange> on(AppealFiled e) {
        return List.of(insert(INTAKE, List.of("appeal_id"), OnConflict.IGNORE, "appeal_id", e.appealId(),
                "language", e.language() == null ? null : e.language().name()));
    }

    @Override
    public List<RowChange> on(AnonymousAppealRecorded e) {
        return intake("anonymous", true, "reports_crime_or_threat", e.reportsCrimeOrThreat(),
                "legal_basis", e.legalBasis());
    }

    @Override
    public List<RowChange> on(AppealDefectsFound e) {
        return intake("defects", e.defects(), "simplified_procedure", e.simplifiedProcedure(),
                "defects_found_on", e.foundOn(), "legal_basis", e.legalBasis());
    }

    @Override
    public List<RowChange> on(AdministrativeActIssued e) {
        return answerLanguage(e.language());
    }

    @Override
    public List<RowChange> on(SimplifiedAnswerGiven e) {
        return answerLanguage(e.language());
    }

    // ------------------------------------------------------------ events that change nothing here

    @Override
    public List<RowChange> on(AppealRegistered e) {
        return none();
    }

    @Override
    public List<RowChange> on(MemberJoined e) {
        return none();
    }

    @Override
    public List<RowChange> on(DefectCorrectionRequested e) {
        return none();
    }

    @Override
    public List<RowChange> on(DefectsCorrected e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealReturned e) {
        return none();
    }

    @Override
    public List<RowChange> on(RepeatedAppealAttached e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealWithdrawn e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealRedirected e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealPartiallyRedirected e) {
        return none();
    }

    @Override
    public List<RowChange> on(ExecutorAssigned e) {
        return none();
    }

    @Override
    public List<RowChange> on(ReviewPeriodExtended e) {
        return none();
    }

    @Override
    public List<RowChange> on(PreliminaryDecisionSent e) {
        return none();
    }

    @Override
    public List<RowChange> on(ObjectionsReceived e) {
        return none();
    }

    @Override
    public List<RowChange> on(HearingHeld e) {
        return none();
    }

    @Override
    public List<RowChange> on(HearingSkipped e) {
        return none();
    }

    @Override
    public List<RowChange> on(ProcedureTerminated e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealLeftWithoutConsideration e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeliveryRecorded e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintFiled e) {
        return none();
    }

    @Override
    public List<RowChange> on(ActExecutionSuspended e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintForwarded e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintSatisfiedByChallengedBody e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintDecided e) {
        return none();
    }

    @Override
    public List<RowChange> on(CaseSentBack e) {
        return none();
    }

    @Override
    public List<RowChange> on(LawsuitFiled e) {
        return none();
    }

    @Override
    public List<RowChange> on(CourtDecisionRecorded e) {
        return none();
    }

    @Override
    public List<RowChange> on(CourtDecisionSentForExecution e) {
        return none();
    }

    @Override
    public List<RowChange> on(CourtDecisionExecuted e) {
        return none();
    }

    @Override
    public List<RowChange> on(CourtPenaltyImposed e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeadlineScheduled e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeadlineWarningIssued e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeadlineMissed e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeemedRefusalOccurred e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeadlineMoved e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeadlineClosed e) {
        return none();
    }

    @Override
    public List<RowChange> on(AdministrativeActExecuted e) {
        return none();
    }

    @Override
    public List<RowChange> on(CaseFileAccessRequested e) {
        return none();
    }

    @Override
    public List<RowChange> on(CaseFileAccessGranted e) {
        return none();
    }

    @Override
    public List<RowChange> on(HearingProtocolSigned e) {
        return none();
    }

    @Override
    public List<RowChange> on(ProtocolRemarksSubmitted e) {
        return none();
    }

    @Override
    public List<RowChange> on(ProtocolRemarksDecided e) {
        return none();
    }

    @Override
    public List<RowChange> on(RecusalRequested e) {
        return none();
    }

    @Override
    public List<RowChange> on(RecusalDecided e) {
        return none();
    }

    @Override
    public List<RowChange> on(RepeatedAppealIdentified e) {
        return none();
    }

    @Override
    public List<RowChange> on(SuspensionExceptionStated e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintRefiled e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintFilingPeriodRestored e) {
        return none();
    }
}
