package kz.appeals.lifecycle;

import java.util.Set;

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
import kz.appeals.events.ComplaintRefiled;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintOutcome;
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
import kz.appeals.lifecycle.Outcome.Kind;

/**
 * The appeal's lifecycle under the APPC, once for every reader: given where an appeal stands and its next event,
 * where it stands after it. Pure (no clock, no I/O): the events carry every date and article. The command side's
 * aggregate, the read models and the audit timeline all fold their stream through {@link #next}.
 */
public final class AppealLifecycle {

    private AppealLifecycle() {
    }

    public static LifecycleState next(LifecycleState current, AppealEvent event) {
        return event.accept(new Transition(current));
    }

    /** The state after every event of a stream, from before the first. */
    public static LifecycleState replay(Iterable<? extends AppealEvent> events) {
        LifecycleState state = LifecycleState.NONE;
        for (AppealEvent event : events) {
            state = next(state, event);
        }
        return state;
    }

    /** One method per event: the compiler refuses a new event until its transition is written here. */
    private record Transition(LifecycleState s) implements AppealEventVisitor<LifecycleState> {

        private static final Set<AppealState> AWAITING_EXECUTOR = Set.of(AppealState.REGISTERED,
                AppealState.REDIRECTED, AppealState.FORWARDED);

        // ------------------------------------------------------------ intake and routing (arts. 64, 65)

        @Override
        public LifecycleState on(AppealFiled e) {
            return new LifecycleState(AppealState.FILED, null, e.addressee(), s.deadlines(), null);
        }

        @Override
        public LifecycleState on(AppealRegistered e) {
            return s.withStage(AppealState.REGISTERED);
        }

        /**
         * Arts. 64(1), 64(6), 88(1)(2): defects found at intake change nothing by themselves; the appeal is registered
         * and the body asks for the fix (or, in the simplified procedure, terminates).
         */
        @Override
        public LifecycleState on(AppealDefectsFound e) {
            return s;
        }

        /**
         * Art. 64(7-2): an anonymous appeal is recorded and not considered (final); a report of a crime or a threat to
         * security is accepted and stays open to be redirected at once.
         */
        @Override
        public LifecycleState on(AnonymousAppealRecorded e) {
            if (e.reportsCrimeOrThreat()) {
                return s;
            }
            return s.withStage(AppealState.NOT_CONSIDERED)
                    .withOutcome(Outcome.of(Kind.NOT_CONSIDERED, "ANONYMOUS", e.recordedOn(), e.legalBasis()));
        }

        /** Art. 22(1): an interested person joins a procedure under way; its stage and periods do not change. */
        @Override
        public LifecycleState on(MemberJoined e) {
            return s;
        }

        /** Art. 64(6): the review period stands still; the stage to come back to is remembered. */
        @Override
        public LifecycleState on(DefectCorrectionRequested e) {
            return s.awaitingCorrection();
        }

        /** Art. 64(6): back where it was, REGISTERED if no executor had it yet, not straight to IN_REVIEW. */
        @Override
        public LifecycleState on(DefectsCorrected e) {
            return s.withStage(s.stageBeforeCorrection());
        }

        @Override
        public LifecycleState on(AppealReturned e) {
            return s.withStage(AppealState.RETURNED)
                    .withOutcome(Outcome.of(Kind.RETURNED, e.ground().name(), e.returnedOn(), e.legalBasis()));
        }

        @Override
        public LifecycleState on(RepeatedAppealAttached e) {
            return s.withStage(AppealState.ATTACHED)
                    .withOutcome(Outcome.of(Kind.ATTACHED, e.earlierAppealId(), null, e.legalBasis()));
        }

        /** Arts. 64(7)(2), 64(8), 70: finding the repeat changes nothing; the return, attachment or termination does. */
        @Override
        public LifecycleState on(RepeatedAppealIdentified e) {
            return s;
        }

        @Override
        public LifecycleState on(AppealWithdrawn e) {
            return s.withStage(AppealState.WITHDRAWN)
                    .withOutcome(Outcome.of(Kind.WITHDRAWN, null, e.withdrawnOn(), e.legalBasis()));
        }

        /** Art. 65: the competent body holds it from now on. */
        @Override
        public LifecycleState on(AppealRedirected e) {
            return s.withStage(AppealState.REDIRECTED).withHoldingBody(e.to());
        }

        /** Art. 65: the part is a child appeal of its own; this one stays where it is. */
        @Override
        public LifecycleState on(AppealPartiallyRedirected e) {
            return s;
        }

        @Override
        public LifecycleState on(ExecutorAssigned e) {
            return AWAITING_EXECUTOR.contains(s.stage()) ? s.withStage(AppealState.IN_REVIEW) : s;
        }

        // ------------------------------------------------------------ consideration and hearing (arts. 73, 74, 76)

        /** Art. 76(3): no change of stage; the new due date comes with the {@link DeadlineMoved} that follows. */
        @Override
        public LifecycleState on(ReviewPeriodExtended e) {
            return s;
        }

        @Override
        public LifecycleState on(PreliminaryDecisionSent e) {
            return s.withStage(AppealState.HEARING);
        }

        @Override
        public LifecycleState on(ObjectionsReceived e) {
            return s;
        }

        /** Arts. 73-74: the hearing is held within the hearing stage, which lasts until the act. */
        @Override
        public LifecycleState on(HearingHeld e) {
            return s;
        }

        @Override
        public LifecycleState on(HearingSkipped e) {
            return s;
        }

        // ------------------------------------------------------------ decision and delivery (arts. 70, 77-89, 95)

        @Override
        public LifecycleState on(AdministrativeActIssued e) {
            return s.withStage(AppealState.DECIDED)
                    .withOutcome(Outcome.of(Kind.ACT, e.outcome().name(), e.issuedOn(), e.legalBasis()));
        }

        /** Art. 96: what a later complaint will not suspend; the act stays decided. */
        @Override
        public LifecycleState on(SuspensionExceptionStated e) {
            return s;
        }

        @Override
        public LifecycleState on(SimplifiedAnswerGiven e) {
            return s.withStage(AppealState.DECIDED).withOutcome(
                    Outcome.of(Kind.SIMPLIFIED_ANSWER, e.outcome().name(), e.answeredOn(), e.legalBasis()));
        }

        @Override
        public LifecycleState on(ProcedureTerminated e) {
            return s.withStage(AppealState.TERMINATED)
                    .withOutcome(Outcome.of(Kind.TERMINATED, e.ground().name(), e.terminatedOn(), e.legalBasis()));
        }

        @Override
        public LifecycleState on(AppealLeftWithoutConsideration e) {
            return s.withStage(AppealState.LEFT_WITHOUT_CONSIDERATION).withOutcome(Outcome.of(
                    Kind.LEFT_WITHOUT_CONSIDERATION, e.ground().name(), e.decidedOn(), e.legalBasis()));
        }

        @Override
        public LifecycleState on(DeliveryRecorded e) {
            return s;
        }

        // ------------------------------------------------------------ complaint (arts. 91-101)

        /** Arts. 91-92: filed with the body whose act it challenges, which holds it until it forwards it. */
        @Override
        public LifecycleState on(ComplaintFiled e) {
            return s;
        }

        /** Art. 95(3): a re-filed complaint is a complaint of its own, registered like any. */
        @Override
        public LifecycleState on(ComplaintRefiled e) {
            return s;
        }

        /** Art. 92(2): restoring the filing period changes no stage. */
        @Override
        public LifecycleState on(ComplaintFilingPeriodRestored e) {
            return s;
        }

        @Override
        public LifecycleState on(ActExecutionSuspended e) {
            return s;
        }

        /** Art. 91(4): the review body holds the complaint from now on, and counts it. */
        @Override
        public LifecycleState on(ComplaintForwarded e) {
            return s.withStage(AppealState.FORWARDED).withHoldingBody(e.reviewBody());
        }

        @Override
        public LifecycleState on(ComplaintSatisfiedByChallengedBody e) {
            return s.withStage(AppealState.DECIDED).withOutcome(
                    Outcome.of(Kind.COMPLAINT_SATISFIED, null, e.decidedOn(), e.legalBasis()));
        }

        /**
         * Art. 100(1). Leaving a complaint without consideration (art. 95) is recorded as a complaint decision too,
         * right after {@link AppealLeftWithoutConsideration}; it decides nothing on the merits, so it is not DECIDED.
         */
        @Override
        public LifecycleState on(ComplaintDecided e) {
            if (e.outcome() == ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION) {
                return s.withStage(AppealState.LEFT_WITHOUT_CONSIDERATION).withOutcome(new Outcome(
                        Kind.LEFT_WITHOUT_CONSIDERATION, s.outcome() != null ? s.outcome().detail() : null,
                        e.decidedOn(), e.legalBasis(), null, null));
            }
            return s.withStage(AppealState.DECIDED).withOutcome(
                    Outcome.of(Kind.COMPLAINT_DECIDED, e.outcome().name(), e.decidedOn(), e.legalBasis()));
        }

        /** Art. 100(2): the review body sent the case back; it is considered again and has no outcome yet. */
        @Override
        public LifecycleState on(CaseSentBack e) {
            return s.withStage(AppealState.IN_REVIEW).withOutcome(null);
        }

        // ------------------------------------------------------------ court (arts. 127, 136, 171)

        @Override
        public LifecycleState on(LawsuitFiled e) {
            return s.withStage(AppealState.IN_COURT);
        }

        @Override
        public LifecycleState on(CourtDecisionRecorded e) {
            return s.withStage(AppealState.COURT_DECIDED);
        }

        @Override
        public LifecycleState on(CourtDecisionSentForExecution e) {
            return s;
        }

        @Override
        public LifecycleState on(CourtDecisionExecuted e) {
            return s.withStage(AppealState.COURT_DECISION_EXECUTED);
        }

        @Override
        public LifecycleState on(CourtPenaltyImposed e) {
            return s;
        }

        // ------------------------------------------------------------ steps beside the stages (arts. 67, 74, 75, 86(3))
        // Execution, file access, the hearing protocol and recusal change no stage: their periods come and go with
        // the DeadlineScheduled and DeadlineClosed that follow them.

        /** Art. 86(3): the act is executed; the appeal stays DECIDED (it may still be challenged). */
        @Override
        public LifecycleState on(AdministrativeActExecuted e) {
            return s;
        }

        @Override
        public LifecycleState on(CaseFileAccessRequested e) {
            return s;
        }

        @Override
        public LifecycleState on(CaseFileAccessGranted e) {
            return s;
        }

        @Override
        public LifecycleState on(HearingProtocolSigned e) {
            return s;
        }

        @Override
        public LifecycleState on(ProtocolRemarksSubmitted e) {
            return s;
        }

        @Override
        public LifecycleState on(ProtocolRemarksDecided e) {
            return s;
        }

        /** Art. 67: the official stays on the appeal until the superior official decides; the stage is unchanged. */
        @Override
        public LifecycleState on(RecusalRequested e) {
            return s;
        }

        @Override
        public LifecycleState on(RecusalDecided e) {
            return s;
        }

        // ------------------------------------------------------------ deadlines

        /** A deadline already open under this timer is replaced: a full redirect restarts the review (art. 76(2)). */
        @Override
        public LifecycleState on(DeadlineScheduled e) {
            return s.withDeadline(new OpenDeadline(e.timer(), e.startsOn(), e.dueDate(), e.legalBasis(),
                    e.legalBasis(), false, Set.of()));
        }

        @Override
        public LifecycleState on(DeadlineWarningIssued e) {
            OpenDeadline open = s.deadline(e.timer());
            return open == null ? s : s.withDeadline(open.warnedAt(e.workingDaysLeft()));
        }

        @Override
        public LifecycleState on(DeadlineMissed e) {
            OpenDeadline open = s.deadline(e.timer());
            return open == null ? s : s.withDeadline(open.markedMissed());
        }

        /**
         * Arts. 91(2), 100(5): silence is a refusal; no change of stage (the body may still decide, late). The
         * outcome carries the route it opens: the complaint window, or for a complaint the court window.
         */
        @Override
        public LifecycleState on(DeemedRefusalOccurred e) {
            boolean court = "COURT".equals(e.opens());
            return s.withOutcome(new Outcome(Kind.DEEMED_REFUSAL, e.opens(), e.expiredOn(), e.legalBasis(),
                    court ? null : e.routeOpenUntil(), court ? e.routeOpenUntil() : null));
        }

        /** The due date cites the article it was set under now: an extension's is art. 76(3). */
        @Override
        public LifecycleState on(DeadlineMoved e) {
            OpenDeadline open = s.deadline(e.timer());
            return open == null ? s : s.withDeadline(open.movedTo(e.to(), e.legalBasis()));
        }

        @Override
        public LifecycleState on(DeadlineClosed e) {
            return s.withoutDeadline(e.timer());
        }
    }
}
