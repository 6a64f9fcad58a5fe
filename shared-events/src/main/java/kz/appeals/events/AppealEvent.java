package kz.appeals.events;

/**
 * Every event of an appeal's stream. Sealed, so the list below is the whole contract; Java 17 has no pattern matching
 * for {@code switch}, so a reader that must handle every event implements {@link AppealEventVisitor}: a new event
 * adds a method there, and every reader that lacks it stops compiling.
 */
public sealed interface AppealEvent permits
        AppealFiled,
        AppealRegistered,
        DefectCorrectionRequested,
        DefectsCorrected,
        AppealReturned,
        RepeatedAppealAttached,
        RepeatedAppealIdentified,
        AppealWithdrawn,
        AppealRedirected,
        AppealPartiallyRedirected,
        ExecutorAssigned,
        ReviewPeriodExtended,
        PreliminaryDecisionSent,
        ObjectionsReceived,
        HearingHeld,
        HearingSkipped,
        AdministrativeActIssued,
        SuspensionExceptionStated,
        SimplifiedAnswerGiven,
        ProcedureTerminated,
        AppealLeftWithoutConsideration,
        DeliveryRecorded,
        ComplaintFiled,
        ComplaintRefiled,
        ComplaintFilingPeriodRestored,
        ActExecutionSuspended,
        ComplaintForwarded,
        ComplaintSatisfiedByChallengedBody,
        ComplaintDecided,
        CaseSentBack,
        LawsuitFiled,
        CourtDecisionRecorded,
        CourtDecisionSentForExecution,
        CourtDecisionExecuted,
        CourtPenaltyImposed,
        AdministrativeActExecuted,
        CaseFileAccessRequested,
        CaseFileAccessGranted,
        HearingProtocolSigned,
        ProtocolRemarksSubmitted,
        ProtocolRemarksDecided,
        RecusalRequested,
        RecusalDecided,
        DeadlineScheduled,
        DeadlineWarningIssued,
        DeadlineMissed,
        DeemedRefusalOccurred,
        DeadlineMoved,
        DeadlineClosed,
        AppealDefectsFound,
        AnonymousAppealRecorded,
        MemberJoined {

    String appealId();

    <R> R accept(AppealEventVisitor<R> visitor);
}
