package kz.appeals.command.domain.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

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
import kz.appeals.events.Actor;
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineTimer;

/**
 * Access to the case file (APPC arts. 75(1), 98(5)): a participant's request starts the CASE_FILE_ACCESS deadline of 3
 * working days; the body's grant closes it.
 */
public class CaseFile {

    private final Appeal appeal;
    private boolean requestPending;

    public CaseFile(Appeal appeal) {
        this.appeal = appeal;
    }

    @CommandHandler
    public CommandAck handle(RequestCaseFileAccess command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        CaseFileAccessPolicy.request(appeal.state(), requestPending).orRefuse();
        LocalDate today = time.today();
        Actor requester = ActorMetaData.from(metaData);
        DueDate due = time.timer(ProceduralTimer.CASE_FILE_ACCESS, today);
        String basis = CaseFileAccessPolicy.basis(appeal.kind());
        apply(new CaseFileAccessRequested(appeal.id(), requester.userId(), requester.displayName(), command.scope(),
                today, ComputedDate.of(due), basis));
        appeal.deadlines().schedule(DeadlineTimer.CASE_FILE_ACCESS, due, deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(GrantCaseFileAccess command, StatutoryTime time, MetaData metaData) {
        CaseFileAccessPolicy.grant(requestPending, command).orRefuse();
        LocalDate today = time.today();
        apply(new CaseFileAccessGranted(appeal.id(), today, command.means(), command.withheld(),
                ActorMetaData.from(metaData).userId(),
                appeal.deadlines().lateAgainst(DeadlineTimer.CASE_FILE_ACCESS, today),
                CaseFileAccessPolicy.basis(appeal.kind())));
        appeal.deadlines().close(DeadlineTimer.CASE_FILE_ACCESS, "CaseFileAccessGranted", today);
        return appeal.ack();
    }

    @EventSourcingHandler
    void on(CaseFileAccessRequested event) {
        requestPending = true;
    }

    @EventSourcingHandler
    void on(CaseFileAccessGranted event) {
        requestPending = false;
    }
}
