package kz.appeals.command.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.Registration;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealRegistered;

/** One appeal and its procedure under the APPC. Only the event-sourcing handlers change its state. */
@Aggregate
public class Appeal {

    @AggregateIdentifier
    private String appealId;
    private AppealKind kind;
    private AppealState state;
    private String registrationNumber;
    private LocalDate dueDate;

    protected Appeal() {
    }

    /**
     * APPC art. 64(1)-(3): every appeal is accepted and registered on the day of receipt, or the next working day if
     * it arrived after hours or on a day off; the talon names the number, the time and who registered it.
     */
    public Appeal(FileAppeal command, String talonNumber, Registration registration, DueDate review,
                  String registrar, Instant talonIssuedAt) {
        apply(new AppealFiled(command.appealId(), command.kind(), command.applicant(), command.members(),
                command.addressee(), command.substance(), command.form(), command.channel(), command.receivedAt()));
        apply(new AppealRegistered(command.appealId(), talonNumber, talonIssuedAt, registrar,
                registration.registeredOn(), registration.reason(), review.startsOn(), review.dueDate(),
                review.period(), review.legalBasis(), review.confirmedInCode(), review.ruleSetVersion(),
                review.calendarVersion(), review.explanation()));
    }

    @EventSourcingHandler
    void on(AppealFiled event) {
        appealId = event.appealId();
        kind = event.kind();
        state = AppealState.FILED;
    }

    @EventSourcingHandler
    void on(AppealRegistered event) {
        registrationNumber = event.registrationNumber();
        dueDate = event.dueDate();
        state = AppealState.REGISTERED;
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

    public LocalDate dueDate() {
        return dueDate;
    }
}
