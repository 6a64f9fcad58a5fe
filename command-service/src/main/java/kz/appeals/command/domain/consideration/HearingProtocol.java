package kz.appeals.command.domain.consideration;

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
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.HearingProtocolSigned;
import kz.appeals.events.ProtocolRemarksDecided;
import kz.appeals.events.ProtocolRemarksSubmitted;

/**
 * The protocol of an oral hearing (APPC art. 74): the hearing starts PROTOCOL_SIGNING (2 working days), the signature
 * closes it; the participant's remarks are due within 3 working days of reading it (their window, carried in the
 * event), and the chair decides on them.
 */
public class HearingProtocol {

    private final Appeal appeal;
    private LocalDate heardOn;
    private LocalDate signedOn;
    private boolean remarksPending;

    public HearingProtocol(Appeal appeal) {
        this.appeal = appeal;
    }

    /** The day of the oral hearing whose protocol this is; null if none was held. */
    public LocalDate heardOn() {
        return heardOn;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public boolean remarksPending() {
        return remarksPending;
    }

    /** Art. 74: an oral hearing's protocol is to be signed within 2 working days of the hearing. */
    void hearingHeld(HearingHeld hearing, DeadlineManager deadlineManager, StatutoryTime time) {
        if (hearing.oral()) {
            appeal.deadlines().schedule(DeadlineTimer.PROTOCOL_SIGNING,
                    time.timer(ProceduralTimer.PROTOCOL_SIGNING, hearing.heldOn()), deadlineManager, time);
        }
    }

    @CommandHandler
    public CommandAck handle(SignHearingProtocol command, StatutoryTime time, MetaData metaData) {
        ProtocolPolicy.signing(this).orRefuse();
        LocalDate today = time.today();
        apply(new HearingProtocolSigned(appeal.id(), heardOn, today, ActorMetaData.from(metaData).userId(),
                appeal.deadlines().lateAgainst(DeadlineTimer.PROTOCOL_SIGNING, today), ProtocolPolicy.BASIS));
        appeal.deadlines().close(DeadlineTimer.PROTOCOL_SIGNING, "HearingProtocolSigned", today);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(SubmitProtocolRemarks command, StatutoryTime time) {
        LocalDate today = time.today();
        LocalDate readOn = command.readOn() == null ? today : command.readOn();
        ProtocolPolicy.remarks(this, command, readOn, today).orRefuse();
        DueDate window = time.timer(ProceduralTimer.PROTOCOL_REMARKS, readOn);
        apply(new ProtocolRemarksSubmitted(appeal.id(), command.remarks(), readOn, today,
                ComputedDate.of(window), today.isAfter(window.dueDate()), ProtocolPolicy.BASIS));
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(DecideProtocolRemarks command, StatutoryTime time, MetaData metaData) {
        ProtocolPolicy.decision(this, command).orRefuse();
        apply(new ProtocolRemarksDecided(appeal.id(), command.accepted(), command.reasons(), time.today(),
                ActorMetaData.from(metaData).userId(), ProtocolPolicy.BASIS));
        return appeal.ack();
    }

    @EventSourcingHandler
    void on(HearingHeld event) {
        if (event.oral()) {
            heardOn = event.heldOn();
            signedOn = null;
            remarksPending = false;
        }
    }

    @EventSourcingHandler
    void on(HearingProtocolSigned event) {
        signedOn = event.signedOn();
    }

    @EventSourcingHandler
    void on(ProtocolRemarksSubmitted event) {
        remarksPending = true;
    }

    @EventSourcingHandler
    void on(ProtocolRemarksDecided event) {
        remarksPending = false;
    }

    /** Art. 100(2): the case is considered anew, with a hearing of its own. */
    @EventSourcingHandler
    void on(CaseSentBack event) {
        heardOn = null;
        signedOn = null;
        remarksPending = false;
    }
}
