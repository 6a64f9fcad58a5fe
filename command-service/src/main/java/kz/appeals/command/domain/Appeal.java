package kz.appeals.command.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.spring.stereotype.Aggregate;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.Addressee;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealLeftWithoutConsideration;
import kz.appeals.events.AppealPartiallyRedirected;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.CourtDecisionExecuted;
import kz.appeals.events.CourtDecisionRecorded;
import kz.appeals.events.CourtDecisionSentForExecution;
import kz.appeals.events.CourtOutcome;
import kz.appeals.events.CourtPenaltyImposed;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.DeadlineWarningIssued;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.events.DefectCorrectionRequested;
import kz.appeals.events.DefectsCorrected;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.HearingSkipped;
import kz.appeals.events.LawsuitFiled;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.Party;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.lifecycle.AppealState;
import kz.appeals.command.domain.decision.RecordDelivery;
import kz.appeals.command.domain.decision.SimplifiedProcedurePolicy;
import kz.appeals.command.domain.decision.GiveSimplifiedAnswer;
import kz.appeals.command.domain.decision.AdministrativeActPolicy;
import kz.appeals.command.domain.decision.IssueAdministrativeAct;
import kz.appeals.command.domain.decision.TerminationPolicy;
import kz.appeals.command.domain.decision.DeliveryPolicy;
import kz.appeals.command.domain.decision.LeaveWithoutConsideration;
import kz.appeals.command.domain.decision.LeaveWithoutConsiderationPolicy;
import kz.appeals.command.domain.decision.Delivery;
import kz.appeals.command.domain.decision.TerminateProcedure;
import kz.appeals.command.domain.court.ImposeCourtPenalty;
import kz.appeals.command.domain.court.LawsuitPolicy;
import kz.appeals.command.domain.court.CourtExecutionPolicy;
import kz.appeals.command.domain.court.RecordCourtDecisionExecution;
import kz.appeals.command.domain.court.RecordCourtDecision;
import kz.appeals.command.domain.court.SendCourtDecisionForExecution;
import kz.appeals.command.domain.court.FileLawsuit;
import kz.appeals.command.domain.consideration.SendPreliminaryDecision;
import kz.appeals.command.domain.consideration.ExtensionPolicy;
import kz.appeals.command.domain.consideration.ExtendReviewPeriod;
import kz.appeals.command.domain.consideration.SkipHearing;
import kz.appeals.command.domain.consideration.RecordObjections;
import kz.appeals.command.domain.consideration.HearingPolicy;
import kz.appeals.command.domain.consideration.RecordHearing;
import kz.appeals.command.domain.intake.AssignExecutor;
import kz.appeals.command.domain.intake.WithdrawAppeal;
import kz.appeals.command.domain.intake.DefectCorrectionPolicy;
import kz.appeals.command.domain.intake.WithdrawalPolicy;
import kz.appeals.command.domain.intake.RepeatedAppealPolicy;
import kz.appeals.command.domain.intake.ReturnPolicy;
import kz.appeals.command.domain.intake.CorrectDefects;
import kz.appeals.command.domain.intake.PartiallyRedirectAppeal;
import kz.appeals.command.domain.intake.ReturnAppeal;
import kz.appeals.command.domain.intake.RedirectAppeal;
import kz.appeals.command.domain.intake.RequestDefectCorrection;
import kz.appeals.command.domain.intake.AssignmentPolicy;
import kz.appeals.command.domain.intake.AttachRepeatedAppeal;
import kz.appeals.command.domain.intake.RedirectPolicy;
import kz.appeals.command.domain.complaint.DecideComplaint;
import kz.appeals.command.domain.complaint.SuspendActExecution;
import kz.appeals.command.domain.complaint.SatisfyComplaint;
import kz.appeals.command.domain.complaint.ForwardComplaint;
import kz.appeals.command.domain.complaint.SendCaseBack;
import kz.appeals.command.domain.complaint.ComplaintReviewPolicy;
import kz.appeals.command.domain.deadlines.DeadlineTrigger;
import kz.appeals.command.domain.deadlines.MoveDeadlineForCalendar;

/**
 * One appeal and its procedure under the APPC. Command handlers ask the named policies whether the Code allows the
 * step, then apply events; only the event-sourcing handlers change state. Every statutory clock is a deadline of the
 * {@link DeadlineManager}; a trigger that no longer matches its open deadline is stale and ignored.
 */
@Aggregate
public class Appeal {

    static final String TYPE = "Appeal";

    /** {@code DeadlineMoved.cause} of an extension: the new due date is fixed by a decision (APPC art. 76(3)). */
    public static final String EXTENSION_CAUSE = "EXTENSION";

    /** An open statutory period as the appeal knows it; {@code warned} holds the warnings already recorded. */
    private record OpenDeadline(String timer, LocalDate startsOn, LocalDate dueDate, String legalBasis,
                                boolean missed, Set<Integer> warned) {
    }

    @AggregateIdentifier
    private String appealId;
    private AppealKind kind;
    private AppealState state;
    private AppealState stateBeforeCorrection;
    private String registrationNumber;
    private Instant receivedAt;
    private Party applicant;
    private List<Party> members = List.of();
    private Addressee addressee;
    private AppealForm form;
    private Channel channel;
    private String executorId;
    private final Map<String, OpenDeadline> deadlines = new LinkedHashMap<>();
    private final Set<DeliveredDocument> issued = EnumSet.noneOf(DeliveredDocument.class);
    private final Map<DeliveredDocument, Set<String>> reached = new EnumMap<>(DeliveredDocument.class);
    private boolean extended;
    private LocalDate correctionRequestedOn;
    private LocalDate fixBy;
    private boolean preliminaryDecisionSent;
    private LocalDate earliestActOn;
    private LocalDate objectionsUntil;
    private boolean oralHearingRequested;
    private boolean hearingHeld;
    private boolean hearingSkipped;
    private String actId;
    private String actIssuedBy;
    private LocalDate actIssuedOn;
    private Instant actDeliveredAt;
    private ComplaintRoute route;
    private boolean executionSuspended;
    private String challengedAppealId;
    private String challengedActIssuedBy;
    private String filedWithBodyId;
    private boolean forwarded;
    private LocalDate complaintDecidedOn;
    private Instant complaintDecisionDeliveredAt;
    private LocalDate deemedRefusalOn;
    private String deemedRefusalOpens;
    private boolean lawsuitFiled;
    private CourtOutcome courtOutcome;
    private LocalDate courtDecisionInForceOn;
    private boolean sentForExecution;
    private boolean executed;
    private boolean executionMissed;

    protected Appeal() {
    }

    /**
     * APPC art. 64(1)-(3): every appeal is accepted and registered on the day of receipt, or the next working day if it
     * arrived after hours or on a day off; the talon names the number, the time and who registered it.
     */
    public Appeal(AppealFiled filed, AppealRegistered registered) {
        apply(filed);
        apply(registered);
    }

    /** APPC art. 76(2): the review period runs from the day after registration (or arrival at the competent body). */
    public void startReviewPeriod(DueDate review, DeadlineManager deadlineManager, StatutoryTime time) {
        schedule(DeadlineTimer.REVIEW, review, deadlineManager, time);
    }

    // ---------------------------------------------------------------- intake (art. 64)

    @CommandHandler
    public CommandAck handle(RequestDefectCorrection command, DeadlineManager deadlineManager, StatutoryTime time) {
        LocalDate today = time.today();
        DefectCorrectionPolicy.checkRequest(state, command.defects(), today, command.fixBy());
        apply(new DefectCorrectionRequested(appealId, command.defects(), today, command.fixBy(),
                DefectCorrectionPolicy.BASIS));
        schedule(DeadlineTimer.DEFECT_CORRECTION, time.setByDecision(DeadlineTimer.DEFECT_CORRECTION.name(), today,
                command.fixBy(), DefectCorrectionPolicy.BASIS, "period to fix the defects set by the body"),
                deadlineManager, time);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(CorrectDefects command, DeadlineManager deadlineManager, StatutoryTime time) {
        DefectCorrectionPolicy.checkCorrection(state);
        LocalDate today = time.today();
        int paused = Math.max(0, time.clock().workingDaysBetween(correctionRequestedOn, today));
        apply(new DefectsCorrected(appealId, today, command.description(), paused, DefectCorrectionPolicy.BASIS));
        close(DeadlineTimer.DEFECT_CORRECTION, "DefectsCorrected", today);
        OpenDeadline review = deadlines.get(DeadlineTimer.REVIEW.name());
        if (paused > 0 && review != null) {
            DueDate moved = time.workingDays(DeadlineTimer.REVIEW.name(), paused, review.dueDate(),
                    DefectCorrectionPolicy.BASIS, "added after " + review.dueDate() + " for the days the period stood "
                            + "still while defects were fixed (" + correctionRequestedOn + " to " + today + ")");
            move(DeadlineTimer.REVIEW, moved, "CORRECTION_PAUSE", "the review period stood still for " + paused
                    + " working days after the request of " + correctionRequestedOn + " until the correction on "
                    + today + " (" + DefectCorrectionPolicy.BASIS + ")", deadlineManager, time);
        }
        return ack();
    }

    @CommandHandler
    public CommandAck handle(ReturnAppeal command, StatutoryTime time) {
        LocalDate today = time.today();
        ReturnPolicy.check(state, command.ground(), command.reasons(), command.reportsCrimeOrThreat(), today, fixBy);
        apply(new AppealReturned(appealId, command.ground(), command.reasons(), today, ReturnPolicy.BASIS));
        closeAll("AppealReturned", today);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(AttachRepeatedAppeal command, AppealRecords records, StatutoryTime time) {
        AppealRecord earlier = RepeatedAppealPolicy.check(appealId, state, command.earlierAppealId(),
                records.find(command.earlierAppealId()));
        apply(new RepeatedAppealAttached(appealId, earlier.appealId(), earlier.registrationNumber(), command.reason(),
                RepeatedAppealPolicy.BASIS));
        closeAll("RepeatedAppealAttached", time.today());
        return ack();
    }

    @CommandHandler
    public CommandAck handle(WithdrawAppeal command, StatutoryTime time) {
        WithdrawalPolicy.check(state, command.statement());
        LocalDate today = time.today();
        apply(new AppealWithdrawn(appealId, today, command.statement(), WithdrawalPolicy.BASIS));
        closeAll("AppealWithdrawn", today);
        return ack();
    }

    // ---------------------------------------------------------------- routing (arts. 65, 76(2))

    @CommandHandler
    public CommandAck handle(RedirectAppeal command, DeadlineManager deadlineManager, StatutoryTime time) {
        LocalDate today = time.today();
        RedirectPolicy.check(state, addressee, command.to(), today, command.arrivesOn());
        DueDate redirectDue = redirectDue(time);
        apply(new AppealRedirected(appealId, addressee, command.to(), command.reason(), today, command.arrivesOn(),
                ComputedDate.of(redirectDue), today.isAfter(redirectDue.dueDate()), "APPC art. 65, 76(2)"));
        schedule(DeadlineTimer.REVIEW, time.clock().reviewDueDateAfterRedirect(kind, receivedAt, command.arrivesOn()),
                deadlineManager, time);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(PartiallyRedirectAppeal command, StatutoryTime time) {
        LocalDate today = time.today();
        RedirectPolicy.checkPart(state, addressee, command.to(), today, command.arrivesOn(), command.part());
        DueDate redirectDue = redirectDue(time);
        apply(new AppealPartiallyRedirected(appealId, command.childAppealId(), command.to(), command.part(),
                command.reason(), today, command.arrivesOn(), ComputedDate.of(redirectDue),
                today.isAfter(redirectDue.dueDate()), RedirectPolicy.BASIS));
        return ack();
    }

    private DueDate redirectDue(StatutoryTime time) {
        return time.timer(ProceduralTimer.REDIRECT, LocalDate.ofInstant(receivedAt, time.clock().zone()));
    }

    @CommandHandler
    public CommandAck handle(AssignExecutor command) {
        AssignmentPolicy.check(state, addressee, command.bodyId(), command.executorId(), command.coExecutors());
        apply(new ExecutorAssigned(appealId, command.bodyId(), command.executorId(), command.coExecutors(), executorId,
                AssignmentPolicy.BASIS));
        return ack();
    }

    // ---------------------------------------------------------------- consideration (arts. 73, 76(3))

    @CommandHandler
    public CommandAck handle(ExtendReviewPeriod command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        LocalDate today = time.today();
        OpenDeadline review = deadlines.get(DeadlineTimer.REVIEW.name());
        if (review == null) {
            throw new StateConflict(ExtensionPolicy.BASIS, "no review period is running");
        }
        DueDate cap = time.timer(ProceduralTimer.EXTENSION_CAP, today);
        ExtensionPolicy.check(kind, state, extended, command.decidedByPosition(), command.motivation(),
                review.dueDate(), command.newDueDate(), cap, time.clock().isWorkingDay(command.newDueDate()));
        DueDate extendedTo = time.setByDecision(DeadlineTimer.REVIEW.name(), today, command.newDueDate(),
                ExtensionPolicy.BASIS, "review period extended by a motivated decision of the "
                        + command.decidedByPosition());
        apply(new ReviewPeriodExtended(appealId, ActorMetaData.from(metaData).userId(),
                command.decidedByPosition().name(), command.motivation(), today, review.dueDate(),
                command.newDueDate(), ComputedDate.of(cap), ExtensionPolicy.BASIS, extendedTo.ruleSetVersion(),
                extendedTo.calendarVersion(), extendedTo.explanation()));
        move(DeadlineTimer.REVIEW, extendedTo, EXTENSION_CAUSE, "extended by the decision of " + today + " ("
                + ExtensionPolicy.BASIS + ")", deadlineManager, time);
        schedule(DeadlineTimer.EXTENSION_NOTICE, time.timer(ProceduralTimer.EXTENSION_NOTICE, today), deadlineManager,
                time);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(SendPreliminaryDecision command, StatutoryTime time) {
        HearingPolicy.checkPreliminaryDecision(kind, state);
        LocalDate today = time.today();
        LocalDate receivedOn = command.receivedOn() == null ? today : command.receivedOn();
        if (receivedOn.isBefore(today)) {
            throw new RuleViolation(HearingPolicy.BASIS, "the participant cannot receive the preliminary decision ("
                    + receivedOn + ") before it is sent (" + today + ")");
        }
        DueDate objections = time.timer(ProceduralTimer.OBJECTIONS, receivedOn);
        apply(new PreliminaryDecisionSent(appealId, command.nature(), command.summary(), today, receivedOn,
                ComputedDate.of(objections), earliestActAfterSending(today, time), HearingPolicy.BASIS));
        return ack();
    }

    /**
     * APPC art. 73: the first working day whose latest day to send the preliminary decision (the n-th working day
     * before it, {@link ProceduralTimer#PRELIMINARY_DECISION_NOTICE}) is not before the day it was sent.
     */
    private static ComputedDate earliestActAfterSending(LocalDate sentOn, StatutoryTime time) {
        ProceduralTimer notice = ProceduralTimer.PRELIMINARY_DECISION_NOTICE;
        LocalDate act = time.clock().nthWorkingDayAfter(sentOn, notice.amount());
        while (time.clock().nthWorkingDayBefore(act, notice.amount()).isBefore(sentOn)) {
            act = time.clock().nthWorkingDayAfter(act, 1);
        }
        DueDate latestSending = time.timer(notice, act);
        List<ExplanationStep> steps = new ArrayList<>(latestSending.explanation());
        steps.add(new ExplanationStep(act, "DUE", "the act may be adopted from " + act + ": sent on " + sentOn
                + ", not later than " + latestSending.dueDate()));
        return new ComputedDate(sentOn.plusDays(1), act, latestSending.period(), latestSending.legalBasis(),
                latestSending.confirmedInCode(), latestSending.ruleSetVersion(), latestSending.calendarVersion(),
                steps);
    }

    @CommandHandler
    public CommandAck handle(RecordObjections command, StatutoryTime time) {
        HearingPolicy.checkDuringHearing(state);
        LocalDate receivedOn = command.receivedOn() == null ? time.today() : command.receivedOn();
        apply(new ObjectionsReceived(appealId, command.objections(), command.oralHearingRequested(), receivedOn,
                receivedOn.isAfter(objectionsUntil), HearingPolicy.BASIS));
        return ack();
    }

    @CommandHandler
    public CommandAck handle(RecordHearing command, StatutoryTime time) {
        HearingPolicy.checkDuringHearing(state);
        apply(new HearingHeld(appealId, command.heldOn() == null ? time.today() : command.heldOn(), command.oral(),
                command.participants(), command.protocolSummary(), "APPC art. 73, 74"));
        return ack();
    }

    @CommandHandler
    public CommandAck handle(SkipHearing command, StatutoryTime time) {
        OpenDeadline review = deadlines.get(DeadlineTimer.REVIEW.name());
        int left = review == null ? 0 : time.clock().workingDaysBetween(time.today(), review.dueDate());
        HearingPolicy.checkSkip(kind, state, command.reason(), command.details(), oralHearingRequested, left);
        apply(new HearingSkipped(appealId, command.reason(), command.details(), HearingPolicy.BASIS));
        return ack();
    }

    // ---------------------------------------------------------------- decisions (arts. 70, 77-80, 88-89, 95)

    @CommandHandler
    public CommandAck handle(IssueAdministrativeAct command, StatutoryTime time, MetaData metaData) {
        LocalDate today = time.today();
        AdministrativeActPolicy.check(kind, state, command.route());
        HearingPolicy.checkActMayFollow(command.nature(), preliminaryDecisionSent, hearingSkipped, oralHearingRequested,
                hearingHeld, today, earliestActOn);
        apply(new AdministrativeActIssued(appealId, command.actId(), command.actNumber(), command.nature(),
                command.outcome(), command.summary(), today, ActorMetaData.from(metaData).userId(),
                addressee.bodyId(), command.route(), lateAgainst(DeadlineTimer.REVIEW, today)
                || lateAgainst(DeadlineTimer.CASE_SENT_BACK, today), AdministrativeActPolicy.BASIS));
        close(DeadlineTimer.REVIEW, "AdministrativeActIssued", today);
        close(DeadlineTimer.CASE_SENT_BACK, "AdministrativeActIssued", today);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(GiveSimplifiedAnswer command, StatutoryTime time, MetaData metaData) {
        LocalDate today = time.today();
        SimplifiedProcedurePolicy.check(kind, state, command.outcome(), command.answer(), command.lawsCited());
        apply(new SimplifiedAnswerGiven(appealId, command.outcome(), command.answer(), command.lawsCited(), today,
                ActorMetaData.from(metaData).userId(), lateAgainst(DeadlineTimer.REVIEW, today),
                SimplifiedProcedurePolicy.BASIS));
        close(DeadlineTimer.REVIEW, "SimplifiedAnswerGiven", today);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(TerminateProcedure command, DeadlineManager deadlineManager, StatutoryTime time) {
        TerminationPolicy.check(kind, state, command.ground(), command.reasons());
        LocalDate today = time.today();
        apply(new ProcedureTerminated(appealId, command.ground(), command.reasons(), today,
                command.ground().legalBasis()));
        closeAll("ProcedureTerminated", today);
        if (TerminationPolicy.noticeDue(command.ground())) {
            schedule(DeadlineTimer.TERMINATION_NOTICE, time.timer(ProceduralTimer.TERMINATION_NOTICE, today),
                    deadlineManager, time);
        }
        return ack();
    }

    @CommandHandler
    public CommandAck handle(LeaveWithoutConsideration command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        LeaveWithoutConsiderationPolicy.check(kind, state, command.reasons());
        LocalDate today = time.today();
        apply(new AppealLeftWithoutConsideration(appealId, command.ground(), command.reasons(), today,
                LeaveWithoutConsiderationPolicy.BASIS));
        apply(new ComplaintDecided(appealId, challengedAppealId, ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION,
                command.reasons(), List.of(), today, ActorMetaData.from(metaData).userId(), addressee.bodyId(),
                lateAgainst(DeadlineTimer.REVIEW, today), LeaveWithoutConsiderationPolicy.BASIS));
        closeAll("AppealLeftWithoutConsideration", today);
        schedule(DeadlineTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE,
                time.timer(ProceduralTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE, today), deadlineManager, time);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(RecordDelivery command, StatutoryTime time) {
        List<Party> participants = participants();
        DeliveryPolicy.check(command.document(), issued, command.deliveries(), participants);
        Instant last = null;
        for (Delivery delivery : command.deliveries()) {
            Party recipient = participants.stream()
                    .filter(p -> p.identificationNumber().equals(delivery.recipientId())).findFirst().orElseThrow();
            apply(new DeliveryRecorded(appealId, command.document(), command.documentRef(), delivery.recipientId(),
                    recipient.fullName() != null ? recipient.fullName() : recipient.organisationName(),
                    recipient == applicant && !members.isEmpty(), delivery.channel(), delivery.deliveredAt(),
                    delivery.proof(), DeliveryPolicy.BASIS));
            last = last == null || delivery.deliveredAt().isAfter(last) ? delivery.deliveredAt() : last;
        }
        DeadlineTimer notice = noticeTimer(command.document());
        if (notice != null && DeliveryPolicy.everyoneReached(participants, reached.get(command.document()))) {
            close(notice, "DeliveryRecorded", LocalDate.ofInstant(last, time.clock().zone()));
        }
        return ack();
    }

    private static DeadlineTimer noticeTimer(DeliveredDocument document) {
        return switch (document) {
            case EXTENSION_NOTICE -> DeadlineTimer.EXTENSION_NOTICE;
            case TERMINATION_NOTICE -> DeadlineTimer.TERMINATION_NOTICE;
            case LEAVE_WITHOUT_CONSIDERATION_NOTICE -> DeadlineTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- complaint (arts. 91-101)

    /** APPC arts. 91-92: this appeal is a complaint against the act of another; forwarding is due in 3 working days. */
    public void recordComplaint(ComplaintFiled complaint, DueDate forwarding, DeadlineManager deadlineManager,
                                StatutoryTime time) {
        apply(complaint);
        schedule(DeadlineTimer.COMPLAINT_FORWARDING, forwarding, deadlineManager, time);
    }

    @CommandHandler
    public CommandAck handle(SuspendActExecution command, StatutoryTime time) {
        if (actId == null) {
            throw new StateConflict("APPC art. 96", "appeal " + registrationNumber + " has no act to suspend");
        }
        if (!executionSuspended) {
            apply(new ActExecutionSuspended(appealId, actId, command.complaintAppealId(), time.today(),
                    "APPC art. 96"));
        }
        return ack();
    }

    @CommandHandler
    public CommandAck handle(ForwardComplaint command, StatutoryTime time) {
        ComplaintReviewPolicy.checkForward(kind, state, forwarded, filedWithBodyId, command.reviewBody(),
                command.caseFileAttached());
        LocalDate today = time.today();
        apply(new ComplaintForwarded(appealId, command.reviewBody(), today, true,
                lateAgainst(DeadlineTimer.COMPLAINT_FORWARDING, today), ComplaintReviewPolicy.FORWARDING));
        close(DeadlineTimer.COMPLAINT_FORWARDING, "ComplaintForwarded", today);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(SatisfyComplaint command, StatutoryTime time, MetaData metaData) {
        ComplaintReviewPolicy.checkSatisfiedByChallengedBody(kind, state, forwarded, command.decision());
        LocalDate today = time.today();
        apply(new ComplaintSatisfiedByChallengedBody(appealId, command.decision(), today,
                ActorMetaData.from(metaData).userId(), ComplaintReviewPolicy.FORWARDING));
        closeAll("ComplaintSatisfiedByChallengedBody", today);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(DecideComplaint command, StatutoryTime time, MetaData metaData) {
        String decidedBy = ActorMetaData.from(metaData).userId();
        ComplaintReviewPolicy.checkDecision(kind, state, forwarded, decidedBy, challengedActIssuedBy,
                command.outcome(), command.reasons(), command.violations());
        LocalDate today = time.today();
        apply(new ComplaintDecided(appealId, challengedAppealId, command.outcome(), command.reasons(),
                command.violations(), today, decidedBy, addressee.bodyId(), lateAgainst(DeadlineTimer.REVIEW, today),
                ComplaintReviewPolicy.DECISION));
        closeAll("ComplaintDecided", today);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(SendCaseBack command, DeadlineManager deadlineManager, StatutoryTime time) {
        if (state != AppealState.DECIDED || actId == null) {
            throw new StateConflict("APPC art. 100(2)", "appeal " + registrationNumber + " has no decided act to "
                    + "send back");
        }
        LocalDate today = time.today();
        apply(new CaseSentBack(appealId, command.complaintAppealId(), command.violations(), today, "APPC art. 100(2)"));
        schedule(DeadlineTimer.CASE_SENT_BACK, time.timer(ProceduralTimer.CASE_SENT_BACK, today), deadlineManager,
                time);
        return ack();
    }

    // ---------------------------------------------------------------- court (arts. 127, 136, 171)

    @CommandHandler
    public CommandAck handle(FileLawsuit command, StatutoryTime time) {
        LawsuitPolicy.Opening opening = LawsuitPolicy.check(lawsuitFiled, complaintDecidedOn,
                localDate(complaintDecisionDeliveredAt, time), "COURT".equals(deemedRefusalOpens) ? deemedRefusalOn
                        : null, actRoutedToCourt() ? firstNonNull(localDate(actDeliveredAt, time), actIssuedOn) : null);
        LocalDate filedOn = command.filedOn() == null ? time.today() : command.filedOn();
        DueDate window = time.timer(ProceduralTimer.LAWSUIT, opening.from());
        apply(new LawsuitFiled(appealId, command.court(), command.caseNumber(), filedOn, opening.after(),
                ComputedDate.of(window), filedOn.isAfter(window.dueDate()), "APPC art. 136(1), 136(6)"));
        closeAll("LawsuitFiled", filedOn);
        return ack();
    }

    private boolean actRoutedToCourt() {
        return actId != null && route != null && route.bodyId() == null && route.court() != null;
    }

    @CommandHandler
    public CommandAck handle(RecordCourtDecision command, DeadlineManager deadlineManager, StatutoryTime time) {
        CourtExecutionPolicy.checkDecision(lawsuitFiled, courtOutcome != null, command.decidedOn(),
                command.inForceOn());
        apply(new CourtDecisionRecorded(appealId, command.court(), command.caseNumber(), command.outcome(),
                command.summary(), command.decidedOn(), command.inForceOn(), "APPC art. 171"));
        if (command.outcome() != CourtOutcome.CLAIM_DISMISSED) {
            schedule(DeadlineTimer.COURT_DECISION_SENDING, time.timer(ProceduralTimer.COURT_DECISION_SENDING,
                    command.inForceOn()), deadlineManager, time);
        }
        return ack();
    }

    @CommandHandler
    public CommandAck handle(SendCourtDecisionForExecution command, DeadlineManager deadlineManager,
                             StatutoryTime time) {
        LocalDate today = time.today();
        CourtExecutionPolicy.checkSending(courtOutcome, courtDecisionInForceOn, sentForExecution, today);
        apply(new CourtDecisionSentForExecution(appealId, today, command.sentTo(),
                lateAgainst(DeadlineTimer.COURT_DECISION_SENDING, today), CourtExecutionPolicy.SENDING));
        close(DeadlineTimer.COURT_DECISION_SENDING, "CourtDecisionSentForExecution", today);
        schedule(DeadlineTimer.COURT_DECISION_EXECUTION, time.timer(ProceduralTimer.COURT_DECISION_EXECUTION, today),
                deadlineManager, time);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(RecordCourtDecisionExecution command, StatutoryTime time) {
        CourtExecutionPolicy.checkExecution(sentForExecution, executed);
        LocalDate today = time.today();
        apply(new CourtDecisionExecuted(appealId, today, command.report(),
                lateAgainst(DeadlineTimer.COURT_DECISION_EXECUTION, today), CourtExecutionPolicy.EXECUTION));
        close(DeadlineTimer.COURT_DECISION_EXECUTION, "CourtDecisionExecuted", today);
        return ack();
    }

    @CommandHandler
    public CommandAck handle(ImposeCourtPenalty command, StatutoryTime time) {
        OpenDeadline execution = deadlines.get(DeadlineTimer.COURT_DECISION_EXECUTION.name());
        CourtExecutionPolicy.checkPenalty(executionMissed, execution == null ? null : execution.dueDate(),
                command.amountKzt());
        apply(new CourtPenaltyImposed(appealId, command.court(), command.amountKzt(), command.reasons(), time.today(),
                CourtExecutionPolicy.PENALTY));
        return ack();
    }

    // ---------------------------------------------------------------- deadlines

    /** A new calendar version moved a working day inside an open deadline; a deadline already changed is left alone. */
    @CommandHandler
    public CommandAck handle(MoveDeadlineForCalendar command, DeadlineManager deadlineManager, StatutoryTime time) {
        OpenDeadline open = deadlines.get(command.timer());
        if (open != null && open.dueDate().equals(command.from()) && !command.to().equals(command.from())) {
            List<StatutoryTime.Warning> warnings = armableWarnings(open.startsOn(), command.to(), time);
            apply(new DeadlineMoved(appealId, DeadlineTimer.valueOf(command.timer()).deadlineId(appealId),
                    command.timer(), open.dueDate(), command.to(), "CALENDAR_CHANGE", command.reason(),
                    open.legalBasis(), time.clock().ruleSetVersionAt(open.startsOn()), command.calendarVersion(),
                    command.explanation(), days(warnings)));
            arm(command.timer(), command.to(), warnings, deadlineManager, time);
        }
        return ack();
    }

    @DeadlineHandler(deadlineName = DeadlineTrigger.NAME)
    public void on(DeadlineTrigger trigger, DeadlineManager deadlineManager, StatutoryTime time) {
        OpenDeadline open = deadlines.get(trigger.timer());
        if (open == null || !open.dueDate().equals(trigger.dueDate())) {
            return;
        }
        boolean review = DeadlineTimer.REVIEW.name().equals(trigger.timer());
        if (review && state == AppealState.AWAITING_CORRECTION) {
            return;
        }
        String deadlineId = appealId + ":" + trigger.timer();
        if (!trigger.expiry()) {
            if (!open.missed() && !open.warned().contains(trigger.workingDaysLeft())) {
                apply(new DeadlineWarningIssued(appealId, deadlineId, trigger.timer(), open.dueDate(), trigger.on(),
                        trigger.workingDaysLeft(), open.legalBasis()));
            }
            return;
        }
        if (DeadlineTimer.DEFECT_CORRECTION.name().equals(trigger.timer())) {
            apply(new DeadlineClosed(appealId, deadlineId, trigger.timer(), open.dueDate(), trigger.on(), false,
                    "the period to fix the defects passed without a correction", open.legalBasis()));
            schedule(DeadlineTimer.RETURN, time.timer(ProceduralTimer.RETURN, open.dueDate()), deadlineManager, time);
            return;
        }
        if (open.missed()) {
            return;
        }
        apply(new DeadlineMissed(appealId, deadlineId, trigger.timer(), open.dueDate(), trigger.on(),
                open.legalBasis()));
        if (review && Procedures.silenceIsRefusal(kind) && deemedRefusalOn == null) {
            boolean complaint = kind == AppealKind.COMPLAINT;
            DueDate window = time.timer(complaint ? ProceduralTimer.LAWSUIT : ProceduralTimer.COMPLAINT_FILING,
                    open.dueDate());
            apply(new DeemedRefusalOccurred(appealId, deadlineId, open.dueDate(), complaint ? "COURT" : "COMPLAINT",
                    ComputedDate.of(window), complaint ? "APPC art. 100(5), 136(6)" : "APPC art. 91(2)"));
        }
    }

    private void schedule(DeadlineTimer timer, DueDate due, DeadlineManager deadlineManager, StatutoryTime time) {
        List<StatutoryTime.Warning> warnings = armableWarnings(due.startsOn(), due.dueDate(), time);
        apply(new DeadlineScheduled(appealId, timer.deadlineId(appealId), timer.name(), due.startsOn(), due.dueDate(),
                due.period(), due.legalBasis(), due.confirmedInCode(), due.ruleSetVersion(), due.calendarVersion(),
                due.explanation(), days(warnings)));
        arm(timer.name(), due.dueDate(), warnings, deadlineManager, time);
    }

    private void move(DeadlineTimer timer, DueDate to, String cause, String reason, DeadlineManager deadlineManager,
                      StatutoryTime time) {
        OpenDeadline open = deadlines.get(timer.name());
        List<StatutoryTime.Warning> warnings = armableWarnings(open.startsOn(), to.dueDate(), time);
        apply(new DeadlineMoved(appealId, timer.deadlineId(appealId), timer.name(), open.dueDate(), to.dueDate(), cause,
                reason, to.legalBasis(), to.ruleSetVersion(), to.calendarVersion(), to.explanation(), days(warnings)));
        arm(timer.name(), to.dueDate(), warnings, deadlineManager, time);
    }

    /** Warnings whose day has not passed: a warning for a day already gone would only arrive late. */
    private static List<StatutoryTime.Warning> armableWarnings(LocalDate startsOn, LocalDate dueDate,
                                                               StatutoryTime time) {
        LocalDate today = time.today();
        return time.warnings(startsOn.isAfter(today) ? startsOn : today, dueDate);
    }

    private void arm(String timer, LocalDate dueDate, List<StatutoryTime.Warning> warnings,
                     DeadlineManager deadlineManager, StatutoryTime time) {
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor(TYPE, appealId);
        for (StatutoryTime.Warning warning : warnings) {
            deadlineManager.schedule(time.startOf(warning.day()), DeadlineTrigger.NAME,
                    new DeadlineTrigger(timer, dueDate, warning.workingDaysLeft(), warning.day()), scope);
        }
        deadlineManager.schedule(time.expiryOf(dueDate), DeadlineTrigger.NAME,
                new DeadlineTrigger(timer, dueDate, 0, dueDate.plusDays(1)), scope);
    }

    private static List<LocalDate> days(List<StatutoryTime.Warning> warnings) {
        return warnings.stream().map(StatutoryTime.Warning::day).toList();
    }

    private void close(DeadlineTimer timer, String reason, LocalDate closedOn) {
        OpenDeadline open = deadlines.get(timer.name());
        if (open != null) {
            apply(new DeadlineClosed(appealId, timer.deadlineId(appealId), timer.name(), open.dueDate(), closedOn,
                    !closedOn.isAfter(open.dueDate()), reason, open.legalBasis()));
        }
    }

    private void closeAll(String reason, LocalDate closedOn) {
        for (String timer : List.copyOf(deadlines.keySet())) {
            close(DeadlineTimer.valueOf(timer), reason, closedOn);
        }
    }

    private boolean lateAgainst(DeadlineTimer timer, LocalDate day) {
        OpenDeadline open = deadlines.get(timer.name());
        return open != null && day.isAfter(open.dueDate());
    }

    private CommandAck ack() {
        return new CommandAck(appealId, AggregateLifecycle.getVersion(), state);
    }

    private List<Party> participants() {
        List<Party> all = new ArrayList<>();
        all.add(applicant);
        all.addAll(members);
        return all;
    }

    private static LocalDate localDate(Instant instant, StatutoryTime time) {
        return instant == null ? null : LocalDate.ofInstant(instant, time.clock().zone());
    }

    private static LocalDate firstNonNull(LocalDate first, LocalDate second) {
        return first != null ? first : second;
    }

    /** What another command may read about this appeal (see {@link AppealRecords}). */
    public AppealRecord record(StatutoryTime time) {
        return new AppealRecord(appealId, kind, state, registrationNumber, applicant, members, addressee, form, channel,
                receivedAt, actId, actIssuedBy, actIssuedOn, localDate(actDeliveredAt, time), route, challengedAppealId,
                forwarded ? addressee.bodyId() : null);
    }

    @CommandHandler
    public AppealRecord handle(DescribeAppeal query, StatutoryTime time) {
        return record(time);
    }

    // ---------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(AppealFiled event) {
        appealId = event.appealId();
        kind = event.kind();
        applicant = event.applicant();
        members = event.members();
        addressee = event.addressee();
        form = event.form();
        channel = event.channel();
        receivedAt = event.receivedAt();
        state = AppealState.FILED;
    }

    @EventSourcingHandler
    void on(AppealRegistered event) {
        registrationNumber = event.registrationNumber();
        state = AppealState.REGISTERED;
    }

    @EventSourcingHandler
    void on(DeadlineScheduled event) {
        deadlines.put(event.timer(), new OpenDeadline(event.timer(), event.startsOn(), event.dueDate(),
                event.legalBasis(), false, Set.of()));
    }

    @EventSourcingHandler
    void on(DeadlineWarningIssued event) {
        OpenDeadline open = deadlines.get(event.timer());
        Set<Integer> warned = new HashSet<>(open.warned());
        warned.add(event.workingDaysLeft());
        deadlines.put(event.timer(), new OpenDeadline(open.timer(), open.startsOn(), open.dueDate(), open.legalBasis(),
                open.missed(), Set.copyOf(warned)));
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        OpenDeadline open = deadlines.get(event.timer());
        deadlines.put(event.timer(), new OpenDeadline(open.timer(), open.startsOn(), open.dueDate(), open.legalBasis(),
                true, open.warned()));
        if (DeadlineTimer.COURT_DECISION_EXECUTION.name().equals(event.timer())) {
            executionMissed = true;
        }
    }

    @EventSourcingHandler
    void on(DeadlineMoved event) {
        OpenDeadline open = deadlines.get(event.timer());
        deadlines.put(event.timer(), new OpenDeadline(open.timer(), open.startsOn(), event.to(), open.legalBasis(),
                false, Set.of()));
    }

    @EventSourcingHandler
    void on(DeadlineClosed event) {
        deadlines.remove(event.timer());
    }

    @EventSourcingHandler
    void on(DeemedRefusalOccurred event) {
        deemedRefusalOn = event.expiredOn();
        deemedRefusalOpens = event.opens();
    }

    @EventSourcingHandler
    void on(DefectCorrectionRequested event) {
        stateBeforeCorrection = state;
        state = AppealState.AWAITING_CORRECTION;
        correctionRequestedOn = event.requestedOn();
        fixBy = event.fixBy();
        issued.add(DeliveredDocument.DEFECT_NOTICE);
    }

    @EventSourcingHandler
    void on(DefectsCorrected event) {
        state = stateBeforeCorrection;
    }

    @EventSourcingHandler
    void on(AppealReturned event) {
        state = AppealState.RETURNED;
        issued.add(DeliveredDocument.RETURN_NOTICE);
    }

    @EventSourcingHandler
    void on(RepeatedAppealAttached event) {
        state = AppealState.ATTACHED;
    }

    @EventSourcingHandler
    void on(AppealWithdrawn event) {
        state = AppealState.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(AppealRedirected event) {
        addressee = event.to();
        executorId = null;
        state = AppealState.REDIRECTED;
        issued.add(DeliveredDocument.REDIRECT_NOTICE);
    }

    @EventSourcingHandler
    void on(AppealPartiallyRedirected event) {
        issued.add(DeliveredDocument.REDIRECT_NOTICE);
    }

    @EventSourcingHandler
    void on(ExecutorAssigned event) {
        executorId = event.executorId();
        if (state == AppealState.REGISTERED || state == AppealState.REDIRECTED || state == AppealState.FORWARDED) {
            state = AppealState.IN_REVIEW;
        }
    }

    @EventSourcingHandler
    void on(ReviewPeriodExtended event) {
        extended = true;
        issued.add(DeliveredDocument.EXTENSION_NOTICE);
    }

    @EventSourcingHandler
    void on(PreliminaryDecisionSent event) {
        preliminaryDecisionSent = true;
        earliestActOn = event.earliestActOn().date();
        objectionsUntil = event.objectionsUntil().date();
        state = AppealState.HEARING;
        issued.add(DeliveredDocument.PRELIMINARY_DECISION);
    }

    @EventSourcingHandler
    void on(ObjectionsReceived event) {
        oralHearingRequested |= event.oralHearingRequested();
    }

    @EventSourcingHandler
    void on(HearingHeld event) {
        hearingHeld = true;
    }

    @EventSourcingHandler
    void on(HearingSkipped event) {
        hearingSkipped = true;
    }

    @EventSourcingHandler
    void on(AdministrativeActIssued event) {
        actId = event.actId();
        actIssuedBy = event.issuedBy();
        actIssuedOn = event.issuedOn();
        actDeliveredAt = null;
        route = event.route();
        executionSuspended = false;
        state = AppealState.DECIDED;
        issued.add(DeliveredDocument.ADMINISTRATIVE_ACT);
        reached.remove(DeliveredDocument.ADMINISTRATIVE_ACT);
    }

    @EventSourcingHandler
    void on(SimplifiedAnswerGiven event) {
        state = AppealState.DECIDED;
        issued.add(DeliveredDocument.SIMPLIFIED_ANSWER);
    }

    @EventSourcingHandler
    void on(ProcedureTerminated event) {
        state = AppealState.TERMINATED;
        issued.add(DeliveredDocument.TERMINATION_NOTICE);
    }

    @EventSourcingHandler
    void on(AppealLeftWithoutConsideration event) {
        state = AppealState.LEFT_WITHOUT_CONSIDERATION;
        issued.add(DeliveredDocument.LEAVE_WITHOUT_CONSIDERATION_NOTICE);
    }

    @EventSourcingHandler
    void on(DeliveryRecorded event) {
        reached.computeIfAbsent(event.document(), d -> new HashSet<>()).add(event.recipientId());
        if (event.document() == DeliveredDocument.ADMINISTRATIVE_ACT && actDeliveredAt == null) {
            actDeliveredAt = event.deliveredAt();
        }
        if (event.document() == DeliveredDocument.COMPLAINT_DECISION && complaintDecisionDeliveredAt == null) {
            complaintDecisionDeliveredAt = event.deliveredAt();
        }
    }

    @EventSourcingHandler
    void on(ComplaintFiled event) {
        challengedAppealId = event.challengedAppealId();
        challengedActIssuedBy = event.challengedActIssuedBy();
        filedWithBodyId = event.filedWithBodyId();
    }

    @EventSourcingHandler
    void on(ActExecutionSuspended event) {
        executionSuspended = true;
    }

    @EventSourcingHandler
    void on(ComplaintForwarded event) {
        forwarded = true;
        addressee = event.reviewBody();
        executorId = null;
        state = AppealState.FORWARDED;
    }

    @EventSourcingHandler
    void on(ComplaintSatisfiedByChallengedBody event) {
        complaintDecidedOn = event.decidedOn();
        state = AppealState.DECIDED;
        issued.add(DeliveredDocument.COMPLAINT_DECISION);
    }

    @EventSourcingHandler
    void on(ComplaintDecided event) {
        complaintDecidedOn = event.decidedOn();
        if (event.outcome() != ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION) {
            state = AppealState.DECIDED;
        }
        issued.add(DeliveredDocument.COMPLAINT_DECISION);
    }

    @EventSourcingHandler
    void on(CaseSentBack event) {
        state = AppealState.IN_REVIEW;
        preliminaryDecisionSent = false;
        hearingHeld = false;
        hearingSkipped = false;
        oralHearingRequested = false;
    }

    @EventSourcingHandler
    void on(LawsuitFiled event) {
        lawsuitFiled = true;
        state = AppealState.IN_COURT;
    }

    @EventSourcingHandler
    void on(CourtDecisionRecorded event) {
        courtOutcome = event.outcome();
        courtDecisionInForceOn = event.inForceOn();
        state = AppealState.COURT_DECIDED;
    }

    @EventSourcingHandler
    void on(CourtDecisionSentForExecution event) {
        sentForExecution = true;
    }

    @EventSourcingHandler
    void on(CourtDecisionExecuted event) {
        executed = true;
        state = AppealState.COURT_DECISION_EXECUTED;
    }

    public AppealState state() {
        return state;
    }

    public AppealKind kind() {
        return kind;
    }

    public String registrationNumber() {
        return registrationNumber;
    }
}
