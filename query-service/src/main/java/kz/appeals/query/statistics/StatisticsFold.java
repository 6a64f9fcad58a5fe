package kz.appeals.query.statistics;

import static kz.appeals.query.projection.RowChange.insert;
import static kz.appeals.query.projection.RowChange.update;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kz.appeals.clock.StatutoryClock;
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
import kz.appeals.lifecycle.Outcome;
import kz.appeals.query.projection.LifecycleView;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RowChange;
import kz.appeals.query.projection.RowChange.OnConflict;

/**
 * The statistics read model's fold: one {@code appeal_stat} row per appeal with kind, holding body (the shared
 * lifecycle's: the review body once a complaint is forwarded, art. 91(4)), registration day, the review due date in
 * force, and once the lifecycle gives an outcome its day, the working days from registration to it and whether it came
 * on time (a deemed refusal, arts. 91(2), 100(5), never does). Pure: it returns {@link RowChange}s; working days are
 * counted on the calendar the given clock holds.
 */
final class StatisticsFold implements AppealEventVisitor<List<RowChange>> {

    static final String TABLE = "appeal_stat";
    private static final String REVIEW = "REVIEW";

    private final ProjectedEvent p;
    private final StatutoryClock clock;

    private StatisticsFold(ProjectedEvent p, StatutoryClock clock) {
        this.p = p;
        this.clock = clock;
    }

    /** The row changes of one event, but for its decision ({@link #decision}). */
    static List<RowChange> changes(ProjectedEvent p, StatutoryClock clock) {
        List<RowChange> out = new ArrayList<>(p.event().accept(new StatisticsFold(p, clock)));
        if (p.after().holdingBody() != null && p.before().holdingBody() != null
                && !Objects.equals(p.before().holdingBody(), p.after().holdingBody())) {
            out.add(update(TABLE, "appeal_id", p.appealId(), "body_id", p.after().holdingBody().bodyId()));
        }
        return out;
    }

    /** Whether the event gives the appeal an outcome (or takes it away: a case sent back, art. 100(2)). */
    static boolean decides(ProjectedEvent p) {
        return !Objects.equals(p.before().outcome(), p.after().outcome());
    }

    /** The decision's columns, from the appeal's row as it stands after {@link #changes}. */
    static RowChange decision(ProjectedEvent p, StatutoryClock clock, Map<String, Object> row) {
        return decided(p.appealId(), p.after().outcome(), (LocalDate) row.get("registered_on"),
                (LocalDate) row.get("due_date"), clock);
    }

    private static RowChange decided(String appealId, Outcome outcome, LocalDate registered, LocalDate due,
                                     StatutoryClock clock) {
        LocalDate decided = outcome == null ? null : outcome.on();
        Integer workingDays = registered != null && decided != null
                ? clock.workingDaysBetween(registered, decided) : null;
        Boolean onTime = due != null && decided != null ? !decided.isAfter(due) : null;
        if (outcome != null && outcome.kind() == Outcome.Kind.DEEMED_REFUSAL) {
            onTime = false;
        }
        return update(TABLE, "appeal_id", appealId, "decided_on", decided, "outcome",
                LifecycleView.outcome(outcome), "working_days_to_decision", workingDays, "on_time", onTime);
    }

    private static List<RowChange> none() {
        return List.of();
    }

    private List<RowChange> set(Object... columnsAndValues) {
        return List.of(update(TABLE, "appeal_id", p.appealId(), columnsAndValues));
    }

    @Override
    public List<RowChange> on(AppealFiled e) {
        return List.of(insert(TABLE, List.of("appeal_id"), OnConflict.IGNORE, "appeal_id", e.appealId(),
                "kind", e.kind().name(), "body_id", e.addressee().bodyId(),
                "received_on", LocalDate.ofInstant(e.receivedAt(), clock.zone())));
    }

    @Override
    public List<RowChange> on(AppealRegistered e) {
        return set("registered_on", e.registeredOn(), "due_date", e.dueDate());
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
        return set("due_date", e.newDueDate());
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
    public List<RowChange> on(AdministrativeActIssued e) {
        return none();
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
    public List<RowChange> on(DeadlineScheduled e) {
        return REVIEW.equals(e.timer()) ? set("due_date", e.dueDate()) : none();
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
        return REVIEW.equals(e.timer()) ? set("due_date", e.to()) : none();
    }

    @Override
    public List<RowChange> on(DeadlineClosed e) {
        return none();
    }

    @Override
    public List<RowChange> on(AppealDefectsFound e) {
        return none();
    }

    /** Art. 64(7-2): the outcome NOT_CONSIDERED comes from the lifecycle, like every outcome. */
    @Override
    public List<RowChange> on(AnonymousAppealRecorded e) {
        return none();
    }

    @Override
    public List<RowChange> on(MemberJoined e) {
        return none();
    }
}
