package kz.appeals.command.domain.consideration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.RuleViolation;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.intake.Intake;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.HearingSkipped;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.lifecycle.AppealState;
import kz.appeals.lifecycle.OpenDeadline;

/** Consideration and hearing (APPC arts. 73, 74, 76(3)): the extension of the review period and the hearing. */
public class Consideration {

    private final Appeal appeal;
    private boolean extended;
    private Hearing hearing = Hearing.NONE;

    public Consideration(Appeal appeal) {
        this.appeal = appeal;
    }

    public Hearing hearing() {
        return hearing;
    }

    public AppealKind kind() {
        return appeal.kind();
    }

    public AppealState state() {
        return appeal.state();
    }

    /** Art. 76(3) speaks of one extension. */
    public boolean extended() {
        return extended;
    }

    /** Whether silence has already counted as a refusal (arts. 91(2), 100(5)). */
    public boolean deemedRefused() {
        return appeal.deadlines().deemedRefused();
    }

    /** The due date of the running review period; null when none runs. */
    public LocalDate reviewDueDate() {
        OpenDeadline review = appeal.deadlines().open(DeadlineTimer.REVIEW);
        return review == null ? null : review.dueDate();
    }

    @CommandHandler
    public CommandAck handle(ExtendReviewPeriod command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        LocalDate today = time.today();
        DueDate cap = time.timer(ProceduralTimer.EXTENSION_CAP, today);
        ExtensionPolicy.extension(this, command, cap, time.clock().isWorkingDay(command.newDueDate()), today)
                .orRefuse();
        OpenDeadline review = appeal.deadlines().open(DeadlineTimer.REVIEW);
        DueDate extendedTo = time.setByDecision(DeadlineTimer.REVIEW.name(), today, command.newDueDate(),
                ExtensionPolicy.BASIS, "review period extended by a motivated decision of the "
                        + command.decidedByPosition());
        apply(new ReviewPeriodExtended(appeal.id(), ActorMetaData.from(metaData).userId(),
                command.decidedByPosition().name(), command.motivation(), today, review.dueDate(),
                command.newDueDate(), ComputedDate.of(cap), ExtensionPolicy.BASIS, extendedTo.ruleSetVersion(),
                extendedTo.calendarVersion(), extendedTo.explanation()));
        appeal.deadlines().move(DeadlineTimer.REVIEW, extendedTo, Appeal.EXTENSION_CAUSE, "extended by the decision of "
                + today + " (" + ExtensionPolicy.BASIS + ")", deadlineManager, time);
        appeal.deadlines().schedule(DeadlineTimer.EXTENSION_NOTICE, time.timer(ProceduralTimer.EXTENSION_NOTICE,
                today), deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(SendPreliminaryDecision command, StatutoryTime time) {
        HearingPolicy.preliminaryDecision(this).orRefuse();
        LocalDate today = time.today();
        LocalDate receivedOn = command.receivedOn() == null ? today : command.receivedOn();
        if (receivedOn.isBefore(today)) {
            throw new RuleViolation(HearingPolicy.BASIS, "the participant cannot receive the preliminary decision ("
                    + receivedOn + ") before it is sent (" + today + ")");
        }
        DueDate objections = time.timer(ProceduralTimer.OBJECTIONS, receivedOn);
        apply(new PreliminaryDecisionSent(appeal.id(), command.nature(), command.summary(), today, receivedOn,
                ComputedDate.of(objections), earliestAct(today, objections.dueDate(), time), HearingPolicy.BASIS));
        return appeal.ack();
    }

    /**
     * APPC art. 73: the first working day whose latest day to send the preliminary decision (the n-th working day
     * before it, {@link ProceduralTimer#PRELIMINARY_DECISION_NOTICE}) is not before the day it was sent, and which
     * comes after the objection window ({@link ProceduralTimer#OBJECTIONS} from the participant's receipt) closed.
     */
    private static ComputedDate earliestAct(LocalDate sentOn, LocalDate objectionsUntil, StatutoryTime time) {
        ProceduralTimer notice = ProceduralTimer.PRELIMINARY_DECISION_NOTICE;
        LocalDate act = time.clock().nthWorkingDayAfter(sentOn, notice.amount());
        while (time.clock().nthWorkingDayBefore(act, notice.amount()).isBefore(sentOn)) {
            act = time.clock().nthWorkingDayAfter(act, 1);
        }
        LocalDate afterObjections = time.clock().nthWorkingDayAfter(objectionsUntil, 1);
        boolean objectionsDecide = afterObjections.isAfter(act);
        if (objectionsDecide) {
            act = afterObjections;
        }
        DueDate latestSending = time.timer(notice, act);
        List<ExplanationStep> steps = new ArrayList<>(latestSending.explanation());
        steps.add(new ExplanationStep(act, "DUE", "the act may be adopted from " + act + ": sent on " + sentOn
                + ", not later than " + latestSending.dueDate() + "; objections until " + objectionsUntil
                + (objectionsDecide ? ", which closes later than the notice period" : "")));
        return new ComputedDate(sentOn.plusDays(1), act, latestSending.period(), latestSending.legalBasis(),
                latestSending.confirmedInCode(), latestSending.ruleSetVersion(), latestSending.calendarVersion(),
                steps);
    }

    @CommandHandler
    public CommandAck handle(RecordObjections command, StatutoryTime time) {
        HearingPolicy.duringHearing(this).orRefuse();
        LocalDate receivedOn = command.receivedOn() == null ? time.today() : command.receivedOn();
        apply(new ObjectionsReceived(appeal.id(), command.objections(), command.oralHearingRequested(), receivedOn,
                receivedOn.isAfter(hearing.objectionsUntil()), HearingPolicy.BASIS));
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(RecordHearing command, DeadlineManager deadlineManager, StatutoryTime time) {
        HearingPolicy.hearingMayBeRecorded(this).orRefuse();
        HearingHeld held = new HearingHeld(appeal.id(), command.heldOn() == null ? time.today() : command.heldOn(),
                command.oral(), command.participants(), command.protocolSummary(), "APPC art. 73, 74");
        apply(held);
        appeal.protocol().hearingHeld(held, deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(SkipHearing command, StatutoryTime time) {
        Intake intake = appeal.intake();
        int statutoryPeriod = time.clock().workingDaysBetween(intake.reviewStartsOn().minusDays(1),
                intake.statutoryDueDate());
        HearingPolicy.skipping(this, command, statutoryPeriod).orRefuse();
        apply(new HearingSkipped(appeal.id(), command.reason(), command.details(), HearingPolicy.BASIS));
        return appeal.ack();
    }

    @EventSourcingHandler
    void on(ReviewPeriodExtended event) {
        extended = true;
    }

    @EventSourcingHandler
    void on(PreliminaryDecisionSent event) {
        hearing = hearing.preliminaryDecisionSent(event.earliestActOn().date(), event.objectionsUntil().date());
    }

    @EventSourcingHandler
    void on(ObjectionsReceived event) {
        hearing = hearing.objected(event.oralHearingRequested());
    }

    @EventSourcingHandler
    void on(HearingHeld event) {
        hearing = hearing.heard();
    }

    @EventSourcingHandler
    void on(HearingSkipped event) {
        hearing = hearing.skippedHearing(event.reason());
    }

    /** Art. 100(2): the case is considered anew, the hearing too. */
    @EventSourcingHandler
    void on(CaseSentBack event) {
        hearing = Hearing.NONE;
    }
}
