package kz.appeals.query.appeal;

import static kz.appeals.query.projection.RowChange.insert;
import static kz.appeals.query.projection.RowChange.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AdministrativeActExecuted;
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
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintFilingPeriodRestored;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintRefiled;
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
import kz.appeals.events.HearingProtocolSigned;
import kz.appeals.events.HearingSkipped;
import kz.appeals.events.LawsuitFiled;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.Party;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.ProtocolRemarksDecided;
import kz.appeals.events.ProtocolRemarksSubmitted;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.RecusalRequested;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.RepeatedAppealIdentified;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.events.SuspensionExceptionStated;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.query.projection.DeadlineChanges;
import kz.appeals.query.projection.LifecycleView;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RowChange;
import kz.appeals.query.projection.RowChange.OnConflict;
import kz.appeals.query.projection.RouteColumns;

/**
 * The appeal-view read model's fold: what one event changes in {@code appeal_view}, {@code appeal_deadline},
 * {@code appeal_delivery}, {@code appeal_party} and {@code appeal_extension}. Pure: the rows come back as
 * {@link RowChange}s. The state, holding body, outcome and the article of the review due date are the shared
 * lifecycle's ({@link ProjectedEvent#after()}); each event's own facts come from its method below.
 */
final class AppealViewFold implements AppealEventVisitor<List<RowChange>> {

    static final String VIEW = "appeal_view";
    static final String DEADLINE = "appeal_deadline";
    static final String DELIVERY = "appeal_delivery";
    static final String PARTY = "appeal_party";
    static final String EXTENSION = "appeal_extension";
    static final String REVIEW = "REVIEW";

    private final ProjectedEvent p;

    private AppealViewFold(ProjectedEvent p) {
        this.p = p;
    }

    /** Every row change of one event. */
    static List<RowChange> changes(ProjectedEvent p) {
        List<RowChange> changes = new ArrayList<>(p.event().accept(new AppealViewFold(p)));
        changes.add(lifecycle(p));
        return changes;
    }

    /** What the lifecycle says after the event: state, holding body, outcome. */
    private static RowChange lifecycle(ProjectedEvent p) {
        LifecycleState after = p.after();
        Map<String, Object> set = RowChange.pairs("state", LifecycleView.state(after),
                "last_sequence", new RowChange.AtLeast(p.sequence()), "updated_at", p.occurredAt());
        if (p.holdingBodyChanged()) {
            set.put("body_id", after.holdingBody().bodyId());
            set.put("body_name", after.holdingBody().name());
        }
        if (p.outcomeChanged()) {
            set.put("outcome", LifecycleView.outcome(after.outcome()));
            set.put("decided_on", after.outcome() == null ? null : after.outcome().on());
        }
        return new RowChange.Update(VIEW, "appeal_id", p.appealId(), set);
    }

    private List<RowChange> view(Object... columnsAndValues) {
        return List.of(update(VIEW, "appeal_id", p.appealId(), columnsAndValues));
    }

    private static List<RowChange> none() {
        return List.of();
    }

    // ------------------------------------------------------------ intake and routing

    @Override
    public List<RowChange> on(AppealFiled e) {
        List<RowChange> out = new ArrayList<>();
        out.add(insert(VIEW, List.of("appeal_id"), OnConflict.IGNORE, "appeal_id", e.appealId(),
                "kind", e.kind().name(), "state", LifecycleView.state(p.after()),
                "body_id", e.addressee().bodyId(), "body_name", e.addressee().name(),
                "applicant_type", e.applicant().type().name(),
                "applicant_id_number", e.applicant().identificationNumber(),
                "applicant_name", displayName(e.applicant()), "collective", e.collective(),
                "member_count", e.members().size(), "form", e.form().name(), "channel", e.channel().name(),
                "received_at", e.receivedAt(), "parent_appeal_id", e.parentAppealId(),
                "last_sequence", p.sequence(), "updated_at", p.occurredAt(),
                "applicant_postal_address", e.applicant().postalAddress(),
                "applicant_phone", e.applicant().phone(), "applicant_email", e.applicant().email()));
        party(out, e.applicant(), e.collective() ? "REPRESENTATIVE" : "APPLICANT");
        for (Party member : e.members()) {
            party(out, member, "MEMBER");
        }
        return out;
    }

    private void party(List<RowChange> out, Party party, String role) {
        if (party.identificationNumber() != null) {
            out.add(insert(PARTY, List.of("appeal_id", "id_number", "role"), OnConflict.IGNORE,
                    "appeal_id", p.appealId(), "id_number", party.identificationNumber(), "role", role));
        }
    }

    @Override
    public List<RowChange> on(AppealRegistered e) {
        return view("registration_number", e.registrationNumber(), "registered_on", e.registeredOn(),
                "review_starts_on", e.reviewStartsOn(), "due_date", e.dueDate(), "period", e.period(),
                "legal_basis", e.legalBasis(), "rule_set_version", e.ruleSetVersion(),
                "calendar_version", e.calendarVersion(), "explanation", e.explanation());
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

    @Override
    public List<RowChange> on(RepeatedAppealAttached e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealWithdrawn e) {
        return none();
    }

    /** Art. 65: the competent body holds it (the lifecycle's holding body) and puts its own executor on it. */
    @Override
    public List<RowChange> on(AppealRedirected e) {
        return view("executor_id", null, "co_executors", null);
    }

    @Override
    public List<RowChange> on(AppealPartiallyRedirected e) {
        return none();
    }

    @Override
    public List<RowChange> on(ExecutorAssigned e) {
        return view("executor_id", e.executorId(), "co_executors", String.join(",", e.coExecutors()));
    }

    // ------------------------------------------------------------ consideration and hearing

    /** Art. 76(3): the new due date, cited under the extension's article. */
    @Override
    public List<RowChange> on(ReviewPeriodExtended e) {
        List<RowChange> out = new ArrayList<>(view("extension_count", RowChange.INCREMENT,
                "due_date", e.newDueDate(), "legal_basis", e.legalBasis(), "rule_set_version", e.ruleSetVersion(),
                "calendar_version", e.calendarVersion(), "explanation", e.explanation()));
        out.add(insert(EXTENSION, List.of("event_id"), OnConflict.IGNORE, "event_id", p.eventId(),
                "appeal_id", e.appealId(), "body_id", p.after().holdingBody().bodyId(), "decided_on", e.decidedOn(),
                "decided_by", e.decidedBy(), "position", e.decidedByPosition(), "new_due_date", e.newDueDate()));
        return out;
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

    // ------------------------------------------------------------ decision and delivery

    /** Art. 80(5): the complaint body or court the act names, with the period ({@link RouteColumns#ofAct}). */
    @Override
    public List<RowChange> on(AdministrativeActIssued e) {
        Object[] route = RouteColumns.ofAct(e);
        return route == null ? none() : view(route);
    }

    @Override
    public List<RowChange> on(SimplifiedAnswerGiven e) {
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
        return List.of(insert(DELIVERY, List.of("event_id"), OnConflict.IGNORE, "event_id", p.eventId(),
                "appeal_id", e.appealId(), "document", e.document().name(), "document_ref", e.documentRef(),
                "recipient_id", e.recipientId(), "recipient_name", e.recipientName(),
                "representative", e.representative(), "channel", e.channel().name(),
                "delivered_at", e.deliveredAt(), "proof", e.proof()));
    }

    /** Art. 22(1): a person who joined is a member from now on, and sees the appeal in the citizen portal. */
    @Override
    public List<RowChange> on(MemberJoined e) {
        List<RowChange> out = new ArrayList<>(view("member_count", RowChange.INCREMENT, "collective", true));
        party(out, e.member(), "MEMBER");
        return out;
    }

    /** Arts. 64(1), 64(6): the defects are the intake read model's; state and periods stay. */
    @Override
    public List<RowChange> on(AppealDefectsFound e) {
        return none();
    }

    /** Art. 64(7-2): NOT_CONSIDERED (or still REGISTERED, for a crime report) comes from the lifecycle. */
    @Override
    public List<RowChange> on(AnonymousAppealRecorded e) {
        return none();
    }

    // ------------------------------------------------------------ complaint

    @Override
    public List<RowChange> on(ComplaintFiled e) {
        return view("challenged_appeal_id", e.challengedAppealId());
    }

    @Override
    public List<RowChange> on(ActExecutionSuspended e) {
        return view("execution_suspended", true);
    }

    /**
     * Art. 91(4): the review body holds the complaint from now on (the lifecycle's holding body: it is listed and
     * counted there) and is its reviewer's scope; the challenged body that forwarded it keeps sight of it.
     */
    @Override
    public List<RowChange> on(ComplaintForwarded e) {
        return view("review_body_id", e.reviewBody().bodyId(), "forwarded_by_body_id",
                p.before().holdingBody() == null ? null : p.before().holdingBody().bodyId());
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

    // ------------------------------------------------------------ court

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

    // ------------------------------------------------------------ deadlines

    @Override
    public List<RowChange> on(DeadlineScheduled e) {
        List<RowChange> out = new ArrayList<>();
        out.add(DeadlineChanges.scheduled(DEADLINE, e));
        if (REVIEW.equals(e.timer())) {
            out.addAll(view("review_starts_on", e.startsOn(), "due_date", e.dueDate(), "period", e.period(),
                    "legal_basis", e.legalBasis(), "rule_set_version", e.ruleSetVersion(),
                    "calendar_version", e.calendarVersion(), "explanation", e.explanation()));
        }
        return out;
    }

    /** The due date and the article it was set under now (the lifecycle's: art. 76(3) after an extension). */
    @Override
    public List<RowChange> on(DeadlineMoved e) {
        List<RowChange> out = new ArrayList<>();
        out.add(DeadlineChanges.moved(DEADLINE, e, p));
        if (REVIEW.equals(e.timer())) {
            Map<String, Object> set = RowChange.pairs("due_date", e.to(), "calendar_version", e.calendarVersion(),
                    "explanation", e.explanation());
            String basis = DeadlineChanges.dueDateBasis(e, p);
            if (basis != null) {
                set.put("legal_basis", basis);
            }
            out.add(new RowChange.Update(VIEW, "appeal_id", e.appealId(), set));
        }
        return out;
    }

    @Override
    public List<RowChange> on(DeadlineWarningIssued e) {
        return List.of(DeadlineChanges.warned(DEADLINE, e));
    }

    @Override
    public List<RowChange> on(DeadlineMissed e) {
        return List.of(DeadlineChanges.missed(DEADLINE, e));
    }

    /** Arts. 91(2), 100(5): the route the refusal opens, with its last day ({@link RouteColumns#ofDeemedRefusal}). */
    @Override
    public List<RowChange> on(DeemedRefusalOccurred e) {
        return view(RouteColumns.ofDeemedRefusal(p.after().outcome()));
    }

    @Override
    public List<RowChange> on(DeadlineClosed e) {
        return List.of(DeadlineChanges.closed(DEADLINE, e));
    }

    static String displayName(Party party) {
        return party.fullName() != null ? party.fullName() : party.organisationName();
    }
}
