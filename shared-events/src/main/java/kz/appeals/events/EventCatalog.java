package kz.appeals.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event types that may appear on the wire, with the schema version this build writes. A change of shape adds
 * a version (and an upcaster on the reading side); history is never edited.
 */
public final class EventCatalog {

    public record EventType(String name, Class<?> payloadClass, int schemaVersion) {
    }

    private static final List<EventType> TYPES = List.of(
            v1(AppealFiled.class),
            v1(AppealRegistered.class),
            v1(DefectCorrectionRequested.class),
            v1(DefectsCorrected.class),
            v1(AppealReturned.class),
            v1(RepeatedAppealAttached.class),
            v1(RepeatedAppealIdentified.class),
            v1(AppealWithdrawn.class),
            v1(AppealRedirected.class),
            v1(AppealPartiallyRedirected.class),
            v1(ExecutorAssigned.class),
            v1(ReviewPeriodExtended.class),
            v1(PreliminaryDecisionSent.class),
            v1(ObjectionsReceived.class),
            v1(HearingHeld.class),
            v1(HearingSkipped.class),
            v1(AdministrativeActIssued.class),
            v1(SuspensionExceptionStated.class),
            v1(SimplifiedAnswerGiven.class),
            v1(ProcedureTerminated.class),
            v1(AppealLeftWithoutConsideration.class),
            v1(DeliveryRecorded.class),
            v1(ComplaintFiled.class),
            v1(ComplaintRefiled.class),
            v1(ComplaintFilingPeriodRestored.class),
            v1(ActExecutionSuspended.class),
            v1(ComplaintForwarded.class),
            v1(ComplaintSatisfiedByChallengedBody.class),
            v1(ComplaintDecided.class),
            v1(CaseSentBack.class),
            v1(LawsuitFiled.class),
            v1(CourtDecisionRecorded.class),
            v1(CourtDecisionSentForExecution.class),
            v1(CourtDecisionExecuted.class),
            v1(CourtPenaltyImposed.class),
            v1(AdministrativeActExecuted.class),
            v1(CaseFileAccessRequested.class),
            v1(CaseFileAccessGranted.class),
            v1(HearingProtocolSigned.class),
            v1(ProtocolRemarksSubmitted.class),
            v1(ProtocolRemarksDecided.class),
            v1(RecusalRequested.class),
            v1(RecusalDecided.class),
            v1(DeadlineScheduled.class),
            v1(DeadlineWarningIssued.class),
            v1(DeadlineMissed.class),
            v1(DeemedRefusalOccurred.class),
            v1(DeadlineMoved.class),
            v1(DeadlineClosed.class),
            v1(AppealDefectsFound.class),
            v1(AnonymousAppealRecorded.class),
            v1(MemberJoined.class));

    private static final Map<String, EventType> BY_NAME = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalog() {
    }

    /** The wire name is the record's simple name. */
    private static EventType v1(Class<?> payloadClass) {
        return new EventType(payloadClass.getSimpleName(), payloadClass, 1);
    }

    public static List<EventType> all() {
        return TYPES;
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Optional<EventType> byPayload(Class<?> payloadClass) {
        return Optional.ofNullable(BY_CLASS.get(payloadClass));
    }
}
