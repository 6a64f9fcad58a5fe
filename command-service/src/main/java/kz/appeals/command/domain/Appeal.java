package kz.appeals.command.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.command.domain.casefile.CaseFile;
import kz.appeals.command.domain.complaint.Complaint;
import kz.appeals.command.domain.consideration.Consideration;
import kz.appeals.command.domain.consideration.HearingProtocol;
import kz.appeals.command.domain.court.Court;
import kz.appeals.command.domain.deadlines.DeadlineTrigger;
import kz.appeals.command.domain.deadlines.Deadlines;
import kz.appeals.command.domain.decision.ActExecution;
import kz.appeals.command.domain.decision.Decision;
import kz.appeals.command.domain.intake.Intake;
import kz.appeals.command.domain.intake.NewAppeal;
import kz.appeals.command.domain.intake.Talon;
import kz.appeals.command.domain.recusal.Recusal;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealEvent;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.lifecycle.AppealLifecycle;
import kz.appeals.lifecycle.AppealState;
import kz.appeals.lifecycle.LifecycleState;

/**
 * One appeal and its procedure under the APPC. The root holds the appeal's identity and its lifecycle (stage, holding
 * body, open deadlines), folded through the shared {@link AppealLifecycle} that the read side uses too; each stage of
 * the procedure is a member entity with its own commands, policies and state: {@link Intake} (intake and routing),
 * {@link Consideration} (consideration and hearing) with its {@link HearingProtocol}, {@link Deadlines},
 * {@link Decision} (decision and delivery) with the {@link ActExecution}, {@link Complaint}, {@link Court}, and the
 * participant's rights beside the stages: {@link CaseFile} access and {@link Recusal}. Command handlers ask the named
 * policies whether the Code allows the step, then apply events; only event-sourcing handlers change state. Every
 * statutory clock is a deadline of the {@link DeadlineManager}; a trigger that no longer matches its open deadline is
 * stale and ignored.
 */
@Aggregate
public class Appeal {

    public static final String TYPE = "Appeal";

    /** {@code DeadlineMoved.cause} of an extension: the new due date is fixed by a decision (APPC art. 76(3)). */
    public static final String EXTENSION_CAUSE = "EXTENSION";

    @AggregateIdentifier
    private String appealId;
    private LifecycleState lifecycle = LifecycleState.NONE;

    @AggregateMember
    private final Intake intake = new Intake(this);
    @AggregateMember
    private final Deadlines deadlines = new Deadlines(this);
    @AggregateMember
    private final Consideration consideration = new Consideration(this);
    @AggregateMember
    private final Decision decision = new Decision(this);
    @AggregateMember
    private final Complaint complaint = new Complaint(this);
    @AggregateMember
    private final Court court = new Court(this);
    @AggregateMember
    private final ActExecution actExecution = new ActExecution(this);
    @AggregateMember
    private final CaseFile caseFile = new CaseFile(this);
    @AggregateMember
    private final HearingProtocol protocol = new HearingProtocol(this);
    @AggregateMember
    private final Recusal recusal = new Recusal(this);

    protected Appeal() {
    }

    /**
     * APPC art. 64(1)-(3), 76(2): every appeal is accepted and registered on the day of receipt, or the next working day
     * if it arrived after hours or on a day off; the talon names the number, the time and who registered it; the review
     * period runs from the day after registration (or arrival at the competent body).
     */
    public Appeal(NewAppeal appeal, Talon talon, DueDate review, DeadlineManager deadlineManager, StatutoryTime time) {
        // Axon applies a constructor's events only once the constructor returns; the clock is armed for this id now.
        appealId = appeal.appealId();
        apply(appeal.filed());
        apply(talon.registered(appeal.appealId(), review));
        deadlines.schedule(DeadlineTimer.REVIEW, review, deadlineManager, time);
    }

    /** Every event moves the lifecycle; the members keep what their own stage needs. */
    @EventSourcingHandler
    void on(AppealEvent event) {
        appealId = event.appealId();
        lifecycle = AppealLifecycle.next(lifecycle, event);
    }

    @DeadlineHandler(deadlineName = DeadlineTrigger.NAME)
    void on(DeadlineTrigger trigger, DeadlineManager deadlineManager, StatutoryTime time, ProcedureSettings settings) {
        deadlines.onTrigger(trigger, deadlineManager, time, settings);
    }

    @CommandHandler
    public AppealRecord handle(DescribeAppeal query, StatutoryTime time) {
        return record(time);
    }

    /** What another command may read about this appeal (see {@link AppealRecords}). */
    public AppealRecord record(StatutoryTime time) {
        return new AppealRecord(appealId, kind(), state(), registrationNumber(), intake.applicant(), intake.members(),
                holdingBody(), intake.form(), intake.channel(), intake.receivedAt(), decision.actId(),
                decision.actIssuedBy(), decision.actIssuedOn(), localDate(decision.actDeliveredAt(), time),
                decision.route(), complaint.challengedAppealId(),
                complaint.forwarded() ? holdingBody().bodyId() : null, intake.language(), intake.returnGround(),
                decision.leftWithoutConsiderationGround());
    }

    /** What a command on this appeal answers: its new version and stage. */
    public CommandAck ack() {
        return new CommandAck(appealId, AggregateLifecycle.getVersion(), state());
    }

    public String id() {
        return appealId;
    }

    public LifecycleState lifecycle() {
        return lifecycle;
    }

    public AppealState state() {
        return lifecycle.stage();
    }

    /** The body that has the appeal now: the addressee, the competent body after a redirect, the review body. */
    public Addressee holdingBody() {
        return lifecycle.holdingBody();
    }

    public AppealKind kind() {
        return intake.kind();
    }

    public String registrationNumber() {
        return intake.registrationNumber();
    }

    public Intake intake() {
        return intake;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public Consideration consideration() {
        return consideration;
    }

    public Decision decision() {
        return decision;
    }

    public Complaint complaint() {
        return complaint;
    }

    public Court court() {
        return court;
    }

    public ActExecution actExecution() {
        return actExecution;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public HearingProtocol protocol() {
        return protocol;
    }

    public Recusal recusal() {
        return recusal;
    }

    public static LocalDate localDate(Instant instant, StatutoryTime time) {
        return instant == null ? null : LocalDate.ofInstant(instant, time.clock().zone());
    }
}
