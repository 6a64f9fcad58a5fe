package kz.appeals.query.dashboard;

import static kz.appeals.query.projection.RowChange.insert;
import static kz.appeals.query.projection.RowChange.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AdministrativeActIssued;
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
import kz.appeals.events.LawsuitFiled;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.query.projection.DeadlineChanges;
import kz.appeals.query.projection.LifecycleView;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RowChange;
import kz.appeals.query.projection.RowChange.OnConflict;

/**
 * The body dashboard's fold: what one event changes in {@code dashboard_appeal} (one row per appeal under the body
 * that holds it: kind, state, registration number, executor, outcome), {@code dashboard_deadline} (every deadline,
 * in full, as the dashboard lists it) and {@code dashboard_extension} (each extension under the body that granted
 * it). Pure: the rows come back as {@link RowChange}s. State, holding body and outcome are the shared lifecycle's
 * ({@link ProjectedEvent#after()}): the competent body after a redirect (art. 65), the review body once a complaint is
 * forwarded (art. 91(4)). Nothing that depends on today is stored: the buckets are counted when read.
 */
final class DashboardFold implements AppealEventVisitor<List<RowChange>> {

    static final String APPEAL = "dashboard_appeal";
    static final String DEADLINE = "dashboard_deadline";
    static final String EXTENSION = "dashboard_extension";

    private final ProjectedEvent p;

    private DashboardFold(ProjectedEvent p) {
        this.p = p;
    }

    /** Every row change of one event. */
    static List<RowChange> changes(ProjectedEvent p) {
        List<RowChange> changes = new ArrayList<>(p.event().accept(new DashboardFold(p)));
        changes.add(lifecycle(p));
        return changes;
    }

    /** What the lifecycle says after the event: state, holding body, outcome. */
    private static RowChange lifecycle(ProjectedEvent p) {
        LifecycleState after = p.after();
        Map<String, Object> set = RowChange.pairs("state", LifecycleView.state(after));
        if (p.holdingBodyChanged()) {
            set.put("body_id", after.holdingBody().bodyId());
        }
        if (p.outcomeChanged()) {
            set.put("outcome", LifecycleView.outcome(after.outcome()));
        }
        return new RowChange.Update(APPEAL, "appeal_id", p.appealId(), set);
    }

    private List<RowChange> appeal(Object... columnsAndValues) {
        return List.of(update(APPEAL, "appeal_id", p.appealId(), columnsAndValues));
    }

    private static List<RowChange> none() {
        return List.of();
    }

    @Override
    public List<RowChange> on(ActExecutionSuspended e) {
        return none();
    }

    @Override
    public List<RowChange> on(AdministrativeActIssued e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealFiled e) {
        return List.of(insert(APPEAL, List.of("appeal_id"), OnConflict.IGNORE, "appeal_id", e.appealId(),
                "body_id", e.addressee().bodyId(), "kind", e.kind().name(), "state", LifecycleView.state(p.after())));
    }

    @Override
    public List<RowChange> on(AppealLeftWithoutConsideration e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealPartiallyRedirected e) {
        return none();
    }

    /** Art. 65: the competent body holds it now and puts its own executor on it. */
    @Override
    public List<RowChange> on(AppealRedirected e) {
        return appeal("executor_id", null);
    }

    @Override
    public List<RowChange> on(MemberJoined e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealDefectsFound e) {
        return none();
    }

    /** Art. 64(7-2): the state (not considered, or registered for a crime report) comes from the lifecycle. */
    @Override
    public List<RowChange> on(AnonymousAppealRecorded e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealRegistered e) {
        return appeal("registration_number", e.registrationNumber());
    }

    @Override
    public List<RowChange> on(AppealReturned e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealWithdrawn e) {
        return none();
    }

    @Override
    public List<RowChange> on(CaseSentBack e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintDecided e) {
        return none();
    }

    @Override
    public List<RowChange> on(ComplaintFiled e) {
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
    public List<RowChange> on(CourtDecisionExecuted e) {
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
    public List<RowChange> on(CourtPenaltyImposed e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeadlineClosed e) {
        return List.of(DeadlineChanges.closed(DEADLINE, e));
    }

    @Override
    public List<RowChange> on(DeadlineMissed e) {
        return List.of(DeadlineChanges.missed(DEADLINE, e));
    }

    /** The due date and the article it was set under now (the lifecycle's: art. 76(3) after an extension). */
    @Override
    public List<RowChange> on(DeadlineMoved e) {
        return List.of(DeadlineChanges.moved(DEADLINE, e, p));
    }

    @Override
    public List<RowChange> on(DeadlineScheduled e) {
        return List.of(DeadlineChanges.scheduled(DEADLINE, e));
    }

    @Override
    public List<RowChange> on(DeadlineWarningIssued e) {
        return List.of(DeadlineChanges.warned(DEADLINE, e));
    }

    @Override
    public List<RowChange> on(DeemedRefusalOccurred e) {
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
    public List<RowChange> on(DeliveryRecorded e) {
        return none();
    }

    @Override
    public List<RowChange> on(ExecutorAssigned e) {
        return appeal("executor_id", e.executorId());
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
    public List<RowChange> on(LawsuitFiled e) {
        return none();
    }

    @Override
    public List<RowChange> on(ObjectionsReceived e) {
        return none();
    }

    @Override
    public List<RowChange> on(PreliminaryDecisionSent e) {
        return none();
    }

    @Override
    public List<RowChange> on(ProcedureTerminated e) {
        return none();
    }

    @Override
    public List<RowChange> on(RepeatedAppealAttached e) {
        return none();
    }

    /** Art. 76(3): an extension, counted for the body that holds the appeal when it is granted. */
    @Override
    public List<RowChange> on(ReviewPeriodExtended e) {
        return List.of(insert(EXTENSION, List.of("event_id"), OnConflict.IGNORE, "event_id", p.eventId(),
                "appeal_id", e.appealId(), "body_id", p.after().holdingBody().bodyId(),
                "decided_on", e.decidedOn()));
    }

    @Override
    public List<RowChange> on(SimplifiedAnswerGiven e) {
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
