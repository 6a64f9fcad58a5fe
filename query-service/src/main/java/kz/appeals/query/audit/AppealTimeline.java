package kz.appeals.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AdministrativeActExecuted;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AppealEvent;
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
import kz.appeals.messaging.EventEnvelope;
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
import kz.appeals.lifecycle.AppealLifecycle;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.lifecycle.OpenDeadline;
import kz.appeals.query.projection.LifecycleView;

/**
 * Folds an appeal's history up to an instant into what an auditor asks first: its state and the body holding it (the
 * shared lifecycle's), which review due date applied, under which article and which rule-set and calendar versions
 * (the review period's own: never another timer's, such as the extension notice's, art. 76(3)), and the last thing
 * that happened. Pure: {@link AuditJournal} reads the events.
 */
final class AppealTimeline {

    record AsOf(String appealId, Instant asOf, String state, String bodyId, String registrationNumber,
                String dueDate, String legalBasis, String ruleSetVersion, String calendarVersion, int eventsApplied,
                EventEnvelope lastEvent) {
    }

    private AppealTimeline() {
    }

    /** The pure fold: the events in order, and the envelope of the last one (shown as it was recorded). */
    static AsOf fold(String appealId, Instant asOf, List<AppealEvent> events, EventEnvelope lastEvent) {
        LifecycleState state = LifecycleState.NONE;
        ReviewDue review = new ReviewDue();
        for (AppealEvent event : events) {
            state = AppealLifecycle.next(state, event);
            event.accept(review);
        }
        OpenDeadline open = state.deadline(ReviewDue.REVIEW);
        LocalDate due = open != null ? open.dueDate() : review.due;
        String basis = open != null && open.dueDateBasis() != null ? open.dueDateBasis() : review.basis;
        return new AsOf(appealId, asOf, LifecycleView.state(state),
                state.holdingBody() == null ? null : state.holdingBody().bodyId(), review.number,
                due == null ? null : due.toString(), basis, review.ruleSet, review.calendar, events.size(),
                lastEvent);
    }

    /** The registration number, and the review due date with its article and versions, as each event sets them. */
    private static final class ReviewDue implements AppealEventVisitor<Void> {

        static final String REVIEW = "REVIEW";

        String number;
        LocalDate due;
        String basis;
        String ruleSet;
        String calendar;

        private void due(LocalDate date, String legalBasis, String ruleSetVersion, String calendarVersion) {
            due = date;
            basis = legalBasis;
            ruleSet = ruleSetVersion != null ? ruleSetVersion : ruleSet;
            calendar = calendarVersion != null ? calendarVersion : calendar;
        }

        @Override
        public Void on(AppealFiled e) {
            return null;
        }

        @Override
        public Void on(AppealRegistered e) {
            number = e.registrationNumber();
            due(e.dueDate(), e.legalBasis(), e.ruleSetVersion(), e.calendarVersion());
            return null;
        }

        @Override
        public Void on(DefectCorrectionRequested e) {
            return null;
        }

        @Override
        public Void on(DefectsCorrected e) {
            return null;
        }

        @Override
        public Void on(AppealReturned e) {
            return null;
        }

        @Override
        public Void on(RepeatedAppealIdentified e) {
            return null;
        }

        @Override
        public Void on(SuspensionExceptionStated e) {
            return null;
        }

        @Override
        public Void on(ComplaintRefiled e) {
            return null;
        }

        @Override
        public Void on(ComplaintFilingPeriodRestored e) {
            return null;
        }

        @Override
        public Void on(RepeatedAppealAttached e) {
            return null;
        }

        @Override
        public Void on(AppealWithdrawn e) {
            return null;
        }

        @Override
        public Void on(AppealRedirected e) {
            return null;
        }

        @Override
        public Void on(AppealPartiallyRedirected e) {
            return null;
        }

        @Override
        public Void on(ExecutorAssigned e) {
            return null;
        }

        @Override
        public Void on(ReviewPeriodExtended e) {
            due(e.newDueDate(), e.legalBasis(), e.ruleSetVersion(), e.calendarVersion());
            return null;
        }

        @Override
        public Void on(PreliminaryDecisionSent e) {
            return null;
        }

        @Override
        public Void on(ObjectionsReceived e) {
            return null;
        }

        @Override
        public Void on(HearingHeld e) {
            return null;
        }

        @Override
        public Void on(HearingSkipped e) {
            return null;
        }

        @Override
        public Void on(AdministrativeActIssued e) {
            return null;
        }

        @Override
        public Void on(SimplifiedAnswerGiven e) {
            return null;
        }

        @Override
        public Void on(ProcedureTerminated e) {
            return null;
        }

        @Override
        public Void on(AppealLeftWithoutConsideration e) {
            return null;
        }

        @Override
        public Void on(DeliveryRecorded e) {
            return null;
        }

        @Override
        public Void on(ComplaintFiled e) {
            return null;
        }

        @Override
        public Void on(ActExecutionSuspended e) {
            return null;
        }

        @Override
        public Void on(ComplaintForwarded e) {
            return null;
        }

        @Override
        public Void on(ComplaintSatisfiedByChallengedBody e) {
            return null;
        }

        @Override
        public Void on(ComplaintDecided e) {
            return null;
        }

        @Override
        public Void on(CaseSentBack e) {
            return null;
        }

        @Override
        public Void on(LawsuitFiled e) {
            return null;
        }

        @Override
        public Void on(CourtDecisionRecorded e) {
            return null;
        }

        @Override
        public Void on(CourtDecisionSentForExecution e) {
            return null;
        }

        @Override
        public Void on(CourtDecisionExecuted e) {
            return null;
        }

        @Override
        public Void on(CourtPenaltyImposed e) {
            return null;
        }

        @Override
        public Void on(AdministrativeActExecuted e) {
            return null;
        }

        @Override
        public Void on(CaseFileAccessRequested e) {
            return null;
        }

        @Override
        public Void on(CaseFileAccessGranted e) {
            return null;
        }

        @Override
        public Void on(HearingProtocolSigned e) {
            return null;
        }

        @Override
        public Void on(ProtocolRemarksSubmitted e) {
            return null;
        }

        @Override
        public Void on(ProtocolRemarksDecided e) {
            return null;
        }

        @Override
        public Void on(RecusalRequested e) {
            return null;
        }

        @Override
        public Void on(RecusalDecided e) {
            return null;
        }

        @Override
        public Void on(DeadlineScheduled e) {
            if (REVIEW.equals(e.timer())) {
                due(e.dueDate(), e.legalBasis(), e.ruleSetVersion(), e.calendarVersion());
            }
            return null;
        }

        @Override
        public Void on(DeadlineWarningIssued e) {
            return null;
        }

        @Override
        public Void on(DeadlineMissed e) {
            return null;
        }

        @Override
        public Void on(DeemedRefusalOccurred e) {
            return null;
        }

        @Override
        public Void on(DeadlineMoved e) {
            if (REVIEW.equals(e.timer())) {
                due(e.to(), e.legalBasis() != null ? e.legalBasis() : basis, e.ruleSetVersion(),
                        e.calendarVersion());
            }
            return null;
        }

        @Override
        public Void on(DeadlineClosed e) {
            return null;
        }

        @Override
        public Void on(AppealDefectsFound e) {
            return null;
        }

        @Override
        public Void on(AnonymousAppealRecorded e) {
            return null;
        }

        @Override
        public Void on(MemberJoined e) {
            return null;
        }
    }
}
