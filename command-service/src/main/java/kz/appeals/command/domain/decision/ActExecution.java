package kz.appeals.command.domain.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AdministrativeActExecuted;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.DeadlineTimer;

/**
 * The execution of the administrative act (APPC art. 86(3)): the act is executed within 5 working days, or by the day
 * the act (or a law it applies) states; a complaint suspends it (art. 96). The period is the ACT_EXECUTION deadline.
 */
public class ActExecution {

    private final Appeal appeal;
    private String actId;
    private boolean due;
    private boolean suspended;

    public ActExecution(Appeal appeal) {
        this.appeal = appeal;
    }

    /** An act awaiting execution: issued, to be executed, not yet executed. */
    public boolean due() {
        return due;
    }

    /** Art. 96: a complaint against the act suspended its execution. */
    public boolean suspended() {
        return suspended;
    }

    /**
     * Art. 86(3): once an act that grants something is adopted, its execution period starts: the 5 working days from
     * the day after adoption, or the day the act states.
     */
    void start(IssueAdministrativeAct act, LocalDate issuedOn, DeadlineManager deadlineManager, StatutoryTime time) {
        if (!ActExecutionPolicy.needsExecution(act.outcome())) {
            return;
        }
        DueDate period = act.executeBy() == null
                ? time.timer(ProceduralTimer.ACT_EXECUTION, issuedOn)
                : time.setByDecision(DeadlineTimer.ACT_EXECUTION.name(), issuedOn, act.executeBy(),
                        ActExecutionPolicy.BASIS, "execution period stated in the act " + act.actNumber());
        appeal.deadlines().schedule(DeadlineTimer.ACT_EXECUTION, period, deadlineManager, time);
    }

    @CommandHandler
    public CommandAck handle(RecordActExecution command, StatutoryTime time) {
        ActExecutionPolicy.execution(this, command).orRefuse();
        LocalDate today = time.today();
        apply(new AdministrativeActExecuted(appeal.id(), actId, today, command.report(),
                appeal.deadlines().lateAgainst(DeadlineTimer.ACT_EXECUTION, today), ActExecutionPolicy.BASIS));
        appeal.deadlines().close(DeadlineTimer.ACT_EXECUTION, "AdministrativeActExecuted", today);
        return appeal.ack();
    }

    @EventSourcingHandler
    void on(AdministrativeActIssued event) {
        actId = event.actId();
        due = ActExecutionPolicy.needsExecution(event.outcome());
        suspended = false;
    }

    @EventSourcingHandler
    void on(AdministrativeActExecuted event) {
        due = false;
    }

    @EventSourcingHandler
    void on(ActExecutionSuspended event) {
        suspended = true;
    }

    /** Art. 100(2): the act is reconsidered; a new act starts its own execution period. */
    @EventSourcingHandler
    void on(CaseSentBack event) {
        due = false;
    }
}
