package kz.appeals.query.citizen;

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
import kz.appeals.events.Party;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.query.projection.LifecycleView;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RouteColumns;
import kz.appeals.query.projection.RowChange;
import kz.appeals.query.projection.RowChange.OnConflict;

/**
 * The citizen view's fold: what one event changes in {@code citizen_appeal} (one row per appeal: state, registration
 * number, holding body's name, review due date, outcome and the route it opened; no person's identifiers or
 * contacts), {@code citizen_party} (who sees it: IIN/BIN and role) and {@code citizen_deadline} (the deadlines, for
 * the next open one). Pure: the rows come back as {@link RowChange}s. State, holding body and outcome are the shared
 * lifecycle's ({@link ProjectedEvent#after()}).
 */
final class CitizenViewFold implements AppealEventVisitor<List<RowChange>> {

    static final String APPEAL = "citizen_appeal";
    static final String PARTY = "citizen_party";
    static final String DEADLINE = "citizen_deadline";
    private static final String REVIEW = "REVIEW";

    private final ProjectedEvent p;

    private CitizenViewFold(ProjectedEvent p) {
        this.p = p;
    }

    /** Every row change of one event. */
    static List<RowChange> changes(ProjectedEvent p) {
        List<RowChange> changes = new ArrayList<>(p.event().accept(new CitizenViewFold(p)));
        changes.add(lifecycle(p));
        return changes;
    }

    /** What the lifecycle says after the event: state, the holding body's name, outcome. */
    private static RowChange lifecycle(ProjectedEvent p) {
        LifecycleState after = p.after();
        Map<String, Object> set = RowChange.pairs("state", LifecycleView.state(after));
        if (p.holdingBodyChanged()) {
            set.put("body_name", after.holdingBody().name());
        }
        if (p.outcomeChanged()) {
            set.put("outcome", LifecycleView.outcome(after.outcome()));
            set.put("decided_on", after.outcome() == null ? null : after.outcome().on());
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

    /** Art. 80(5): where the act says the applicant may go ({@link RouteColumns#ofAct}). */
    @Override
    public List<RowChange> on(AdministrativeActIssued e) {
        Object[] route = RouteColumns.ofAct(e);
        return route == null ? none() : appeal(route);
    }

    /** The appeal, and a party row for the applicant (the representative of a collective appeal) and each member. */
    @Override
    public List<RowChange> on(AppealFiled e) {
        List<RowChange> out = new ArrayList<>();
        out.add(insert(APPEAL, List.of("appeal_id"), OnConflict.IGNORE, "appeal_id", e.appealId(),
                "kind", e.kind().name(), "state", LifecycleView.state(p.after()),
                "body_name", e.addressee().name(), "received_at", e.receivedAt()));
        party(out, e.applicant(), e.collective() ? "REPRESENTATIVE" : "APPLICANT");
        for (Party member : e.members()) {
            party(out, member, "MEMBER");
        }
        return out;
    }

    /** A person without an IIN/BIN cannot ask for their appeals by it: no party row. */
    private void party(List<RowChange> out, Party party, String role) {
        if (party.identificationNumber() != null) {
            out.add(insert(PARTY, List.of("appeal_id", "id_number", "role"), OnConflict.IGNORE,
                    "appeal_id", p.appealId(), "id_number", party.identificationNumber(), "role", role));
        }
    }

    /** Issue 12: a member who joined a collective appeal sees it from then on. */
    @Override
    public List<RowChange> on(MemberJoined e) {
        List<RowChange> out = new ArrayList<>();
        party(out, e.member(), "MEMBER");
        return out;
    }

    @Override
    public List<RowChange> on(AppealDefectsFound e) {
        return none();
    }

    @Override
    public List<RowChange> on(AnonymousAppealRecorded e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealLeftWithoutConsideration e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealPartiallyRedirected e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealRedirected e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealRegistered e) {
        return appeal("registration_number", e.registrationNumber(), "registered_on", e.registeredOn(),
                "due_date", e.dueDate());
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
        return List.of(update(DEADLINE, "deadline_id", e.deadlineId(), "closed_on", e.closedOn()));
    }

    @Override
    public List<RowChange> on(DeadlineMissed e) {
        return none();
    }

    @Override
    public List<RowChange> on(DeadlineMoved e) {
        List<RowChange> out = new ArrayList<>();
        out.add(update(DEADLINE, "deadline_id", e.deadlineId(), "due_date", e.to()));
        if (REVIEW.equals(e.timer())) {
            out.addAll(appeal("due_date", e.to()));
        }
        return out;
    }

    @Override
    public List<RowChange> on(DeadlineScheduled e) {
        List<RowChange> out = new ArrayList<>();
        out.add(insert(DEADLINE, List.of("deadline_id"), OnConflict.OVERWRITE, "deadline_id", e.deadlineId(),
                "appeal_id", e.appealId(), "timer", e.timer(), "due_date", e.dueDate(), "closed_on", null));
        if (REVIEW.equals(e.timer())) {
            out.addAll(appeal("due_date", e.dueDate()));
        }
        return out;
    }

    @Override
    public List<RowChange> on(DeadlineWarningIssued e) {
        return none();
    }

    /** Arts. 91(2), 100(5): the complaint or court window the refusal opens ({@link RouteColumns}). */
    @Override
    public List<RowChange> on(DeemedRefusalOccurred e) {
        return appeal(RouteColumns.ofDeemedRefusal(p.after().outcome()));
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

    /** Art. 76(3): the new due date. */
    @Override
    public List<RowChange> on(ReviewPeriodExtended e) {
        return appeal("due_date", e.newDueDate());
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
