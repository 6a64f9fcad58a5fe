package kz.appeals.events;

/**
 * One method per {@link AppealEvent}: the compile-time check that a reader handles every event (see
 * docs/decisions.md, "Exhaustive event handling on Java 17").
 */
public interface AppealEventVisitor<R> {

    R on(AppealFiled event);

    R on(AppealRegistered event);

    R on(DefectCorrectionRequested event);

    R on(DefectsCorrected event);

    R on(AppealReturned event);

    R on(RepeatedAppealAttached event);

    R on(RepeatedAppealIdentified event);

    R on(AppealWithdrawn event);

    R on(AppealRedirected event);

    R on(AppealPartiallyRedirected event);

    R on(ExecutorAssigned event);

    R on(ReviewPeriodExtended event);

    R on(PreliminaryDecisionSent event);

    R on(ObjectionsReceived event);

    R on(HearingHeld event);

    R on(HearingSkipped event);

    R on(AdministrativeActIssued event);

    R on(SuspensionExceptionStated event);

    R on(SimplifiedAnswerGiven event);

    R on(ProcedureTerminated event);

    R on(AppealLeftWithoutConsideration event);

    R on(DeliveryRecorded event);

    R on(ComplaintFiled event);

    R on(ComplaintRefiled event);

    R on(ComplaintFilingPeriodRestored event);

    R on(ActExecutionSuspended event);

    R on(ComplaintForwarded event);

    R on(ComplaintSatisfiedByChallengedBody event);

    R on(ComplaintDecided event);

    R on(CaseSentBack event);

    R on(LawsuitFiled event);

    R on(CourtDecisionRecorded event);

    R on(CourtDecisionSentForExecution event);

    R on(CourtDecisionExecuted event);

    R on(CourtPenaltyImposed event);

    R on(AdministrativeActExecuted event);

    R on(CaseFileAccessRequested event);

    R on(CaseFileAccessGranted event);

    R on(HearingProtocolSigned event);

    R on(ProtocolRemarksSubmitted event);

    R on(ProtocolRemarksDecided event);

    R on(RecusalRequested event);

    R on(RecusalDecided event);

    R on(DeadlineScheduled event);

    R on(DeadlineWarningIssued event);

    R on(DeadlineMissed event);

    R on(DeemedRefusalOccurred event);

    R on(DeadlineMoved event);

    R on(DeadlineClosed event);

    R on(AppealDefectsFound event);

    R on(AnonymousAppealRecorded event);

    R on(MemberJoined event);
}
