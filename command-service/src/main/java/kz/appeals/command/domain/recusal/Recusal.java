package kz.appeals.command.domain.recusal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.RecusalRequested;

/**
 * Recusal of an official (APPC art. 67): the request starts RECUSAL_DECISION (3 working days); the superior official's
 * decision closes it and starts RECUSAL_NOTICE (2 working days), which the delivery of the notice to the participants
 * closes. Grounds already decided for an official are remembered, so that a repeat on them is refused.
 */
public class Recusal {

    private final Appeal appeal;
    private String pendingOfficial;
    private String pendingGroundsKey;
    private final Set<String> decidedGrounds = new HashSet<>();

    public Recusal(Appeal appeal) {
        this.appeal = appeal;
    }

    @CommandHandler
    public CommandAck handle(RequestRecusal command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        RecusalPolicy.request(appeal.state(), command, pendingOfficial, decidedGrounds).orRefuse();
        LocalDate today = time.today();
        String requestedBy = ActorMetaData.from(metaData).userId();
        DueDate due = time.timer(ProceduralTimer.RECUSAL_DECISION, today);
        apply(new RecusalRequested(appeal.id(), command.officialId(), command.grounds(),
                command.officialId().equals(requestedBy), requestedBy, today, ComputedDate.of(due),
                RecusalPolicy.BASIS));
        appeal.deadlines().schedule(DeadlineTimer.RECUSAL_DECISION, due, deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(DecideRecusal command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        String decidedBy = ActorMetaData.from(metaData).userId();
        RecusalPolicy.decision(pendingOfficial, decidedBy, command).orRefuse();
        LocalDate today = time.today();
        apply(new RecusalDecided(appeal.id(), pendingOfficial, command.granted(), command.reasons(), today, decidedBy,
                appeal.deadlines().lateAgainst(DeadlineTimer.RECUSAL_DECISION, today), RecusalPolicy.BASIS));
        appeal.deadlines().close(DeadlineTimer.RECUSAL_DECISION, "RecusalDecided", today);
        appeal.deadlines().schedule(DeadlineTimer.RECUSAL_NOTICE, time.timer(ProceduralTimer.RECUSAL_NOTICE, today),
                deadlineManager, time);
        return appeal.ack();
    }

    @EventSourcingHandler
    void on(RecusalRequested event) {
        pendingOfficial = event.officialId();
        pendingGroundsKey = RecusalPolicy.sameGroundsKey(event.officialId(), event.grounds());
    }

    @EventSourcingHandler
    void on(RecusalDecided event) {
        decidedGrounds.add(pendingGroundsKey);
        pendingOfficial = null;
        pendingGroundsKey = null;
    }
}
