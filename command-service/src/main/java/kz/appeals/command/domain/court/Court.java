package kz.appeals.command.domain.court;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.decision.Decision;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.CourtDecisionExecuted;
import kz.appeals.events.CourtDecisionRecorded;
import kz.appeals.events.CourtDecisionSentForExecution;
import kz.appeals.events.CourtOutcome;
import kz.appeals.events.CourtPenaltyImposed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.LawsuitFiled;
import kz.appeals.lifecycle.OpenDeadline;

/** The court (APPC arts. 127, 136, 171): the claim, the decision, its sending for execution, execution, penalty. */
public class Court {

    private final Appeal appeal;
    private boolean lawsuitFiled;
    private CourtOutcome outcome;
    private LocalDate inForceOn;
    private boolean sentForExecution;
    private boolean executed;
    private boolean executionMissed;

    public Court(Appeal appeal) {
        this.appeal = appeal;
    }

    @CommandHandler
    public CommandAck handle(FileLawsuit command, StatutoryTime time) {
        Decision decision = appeal.decision();
        Optional<LawsuitPolicy.Opening> opened = LawsuitPolicy.opening(appeal.complaint().decidedOn(),
                Appeal.localDate(decision.complaintDecisionDeliveredAt(), time),
                appeal.deadlines().deemedRefusalOpeningCourt(), decision.actRoutedToCourt()
                        ? firstNonNull(Appeal.localDate(decision.actDeliveredAt(), time), decision.actIssuedOn())
                        : null);
        LawsuitPolicy.filing(lawsuitFiled, opened).orRefuse();
        LawsuitPolicy.Opening opening = opened.get();
        LocalDate filedOn = command.filedOn() == null ? time.today() : command.filedOn();
        DueDate window = time.timer(ProceduralTimer.LAWSUIT, opening.from());
        apply(new LawsuitFiled(appeal.id(), command.court(), command.caseNumber(), filedOn, opening.after(),
                ComputedDate.of(window), filedOn.isAfter(window.dueDate()), "APPC art. 136(1), 136(6)"));
        appeal.deadlines().closeAll("LawsuitFiled", filedOn);
        return appeal.ack();
    }

    private static LocalDate firstNonNull(LocalDate first, LocalDate second) {
        return first != null ? first : second;
    }

    @CommandHandler
    public CommandAck handle(RecordCourtDecision command, DeadlineManager deadlineManager, StatutoryTime time) {
        CourtExecutionPolicy.decision(this, command).orRefuse();
        apply(new CourtDecisionRecorded(appeal.id(), command.court(), command.caseNumber(), command.outcome(),
                command.summary(), command.decidedOn(), command.inForceOn(), "APPC art. 171"));
        if (command.outcome() != CourtOutcome.CLAIM_DISMISSED) {
            appeal.deadlines().schedule(DeadlineTimer.COURT_DECISION_SENDING,
                    time.timer(ProceduralTimer.COURT_DECISION_SENDING, command.inForceOn()), deadlineManager, time);
        }
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(SendCourtDecisionForExecution command, DeadlineManager deadlineManager,
                             StatutoryTime time) {
        LocalDate today = time.today();
        CourtExecutionPolicy.sending(this, today).orRefuse();
        apply(new CourtDecisionSentForExecution(appeal.id(), today, command.sentTo(),
                appeal.deadlines().lateAgainst(DeadlineTimer.COURT_DECISION_SENDING, today),
                CourtExecutionPolicy.SENDING));
        appeal.deadlines().close(DeadlineTimer.COURT_DECISION_SENDING, "CourtDecisionSentForExecution", today);
        // art. 171(2): the month runs from the entry into force, not from the sending
        appeal.deadlines().schedule(DeadlineTimer.COURT_DECISION_EXECUTION,
                time.timer(ProceduralTimer.COURT_DECISION_EXECUTION, inForceOn), deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(RecordCourtDecisionExecution command, StatutoryTime time) {
        CourtExecutionPolicy.execution(this).orRefuse();
        LocalDate today = time.today();
        apply(new CourtDecisionExecuted(appeal.id(), today, command.report(),
                appeal.deadlines().lateAgainst(DeadlineTimer.COURT_DECISION_EXECUTION, today),
                CourtExecutionPolicy.EXECUTION));
        appeal.deadlines().close(DeadlineTimer.COURT_DECISION_EXECUTION, "CourtDecisionExecuted", today);
        return appeal.ack();
    }

    /**
     * Art. 127: the penalty for a decision not executed in time; art. 127(5): with it the court sets a new period, which
     * replaces the missed month as the COURT_DECISION_EXECUTION deadline (a new miss may bring a new penalty).
     */
    @CommandHandler
    public CommandAck handle(ImposeCourtPenalty command, DeadlineManager deadlineManager, StatutoryTime time) {
        LocalDate today = time.today();
        OpenDeadline execution = appeal.deadlines().open(DeadlineTimer.COURT_DECISION_EXECUTION);
        CourtExecutionPolicy.penalty(this, execution == null ? null : execution.dueDate(), command, today,
                command.newExecutionDueDate() != null && time.clock().isWorkingDay(command.newExecutionDueDate()))
                .orRefuse();
        apply(new CourtPenaltyImposed(appeal.id(), command.court(), command.amountKzt(), command.reasons(), today,
                CourtExecutionPolicy.PENALTY, command.newExecutionDueDate()));
        appeal.deadlines().schedule(DeadlineTimer.COURT_DECISION_EXECUTION,
                time.setByDecision(DeadlineTimer.COURT_DECISION_EXECUTION.name(), today,
                        command.newExecutionDueDate(), CourtExecutionPolicy.NEW_EXECUTION_PERIOD,
                        "new period to execute set by the court with the penalty"), deadlineManager, time);
        return appeal.ack();
    }

    public boolean lawsuitFiled() {
        return lawsuitFiled;
    }

    /** The court's outcome once recorded; else null. */
    public CourtOutcome outcome() {
        return outcome;
    }

    public LocalDate inForceOn() {
        return inForceOn;
    }

    public boolean sentForExecution() {
        return sentForExecution;
    }

    public boolean executed() {
        return executed;
    }

    /** Art. 171: the month to execute passed without an execution recorded. */
    public boolean executionMissed() {
        return executionMissed;
    }

    @EventSourcingHandler
    void on(LawsuitFiled event) {
        lawsuitFiled = true;
    }

    @EventSourcingHandler
    void on(CourtDecisionRecorded event) {
        outcome = event.outcome();
        inForceOn = event.inForceOn();
    }

    @EventSourcingHandler
    void on(CourtDecisionSentForExecution event) {
        sentForExecution = true;
    }

    @EventSourcingHandler
    void on(CourtDecisionExecuted event) {
        executed = true;
    }

    /** Art. 127(5): the new period is not missed yet. */
    @EventSourcingHandler
    void on(CourtPenaltyImposed event) {
        if (event.newExecutionDueDate() != null) {
            executionMissed = false;
        }
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        if (DeadlineTimer.COURT_DECISION_EXECUTION.name().equals(event.timer())) {
            executionMissed = true;
        }
    }
}
